// Mounted in an Express app.
import express from 'express';
import { toNodeListener } from 'portal-announcements/server';

/** @param {{ handler: (request: Request) => Promise<Response> }} announcements */
export function expressApp(announcements) {
  const app = express();
  const answerAnnouncements = toNodeListener(announcements.handler);
  // Before any body parser: the handler reads the body itself (JSON only, at most 256 KiB).
  app.use('/api/announcements', (req, res) => {
    req.url = req.originalUrl; // the handler routes on the full path
    answerAnnouncements(req, res);
  });
  app.use(express.json()); // the portal's own routes from here on
  return app;
}
