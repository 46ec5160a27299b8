// Mounted on Node's own http server.
import { createServer } from 'node:http';
import { toNodeListener } from 'portal-announcements/server';

/** @param {{ handler: (request: Request) => Promise<Response> }} announcements */
export function nodeServer(announcements) {
  const answerAnnouncements = toNodeListener(announcements.handler);
  return createServer((req, res) => {
    if (req.url?.startsWith('/api/announcements')) return answerAnnouncements(req, res);
    res.writeHead(404).end(); // the portal's own pages and APIs
  });
}
