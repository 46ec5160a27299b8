// The two fresh apps a portal developer would start from: a plain Vite app and a Vite + React
// app. Each writes its own files and names the packages it installs next to the tarball; the
// versions are the repository's own where it has them, so the apps build what the tests ran.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../package-test/package.mjs';

/** The version of `name` that the repository's lock file holds. */
function lockedVersion(name) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const version = lock.packages?.[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`${name} is not in package-lock.json`);
  return version;
}

/** Vite's React plugin: the repository has no React app of its own, so it is named here. */
const VITE_REACT_PLUGIN = '6.3.0';

const page = (title, body, script) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
  </head>
  <body>
${body}
    <script type="module" src="${script}"></script>
  </body>
</html>
`;

/**
 * A plain Vite app: the banner on top, the home list and the settings editor, from their own
 * entries, with the default in-browser storage. It also depends on Lit itself, as a portal
 * with its own Lit elements would, to show that the two share one copy.
 */
export const vanillaApp = {
  name: 'vite-vanilla',
  dependencies: () => ({ vite: lockedVersion('vite'), lit: lockedVersion('lit') }),
  files: {
    'index.html': page(
      'Portal',
      `    <announcement-banner></announcement-banner>
    <main>
      <h1>Home</h1>
      <announcement-list></announcement-list>
      <h1>Settings</h1>
      <announcement-editor></announcement-editor>
    </main>`,
      '/main.js',
    ),
    'main.js': `import 'portal-announcements/banner';
import 'portal-announcements/list';
import 'portal-announcements/editor';
import { configureAnnouncements } from 'portal-announcements/banner';

configureAnnouncements({ user: 'fresh-app-user', session: 'fresh-app-session' });

/** Shows what the last event said, in a paragraph of its own. */
function note(id, text) {
  document.getElementById(id)?.remove();
  document.body.append(Object.assign(document.createElement('p'), { id, textContent: text }));
}
document.addEventListener('announcement-publish', (event) => note('published', event.announcement.title));
document.addEventListener('announcement-dismiss', (event) => note('dismissed', \`\${event.announcement.title} (\${event.source})\`));
`,
  },
};

/**
 * A Vite + React 19 app with the per-element React entries, handling the typed events in
 * React state.
 */
export const reactApp = {
  name: 'vite-react',
  dependencies: () => ({
    vite: lockedVersion('vite'),
    '@vitejs/plugin-react': VITE_REACT_PLUGIN,
    react: lockedVersion('react'),
    'react-dom': lockedVersion('react-dom'),
    '@lit/react': lockedVersion('@lit/react'),
  }),
  files: {
    'index.html': page('Portal', '    <div id="root"></div>', '/src/main.jsx'),
    'vite.config.js': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`,
    'src/main.jsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,
    'src/App.jsx': `import { useState } from 'react';
import { AnnouncementBannerComponent, configureAnnouncements } from 'portal-announcements/react/banner';
import { AnnouncementEditorComponent } from 'portal-announcements/react/editor';
import { AnnouncementListComponent } from 'portal-announcements/react/list';

configureAnnouncements({ user: 'fresh-app-user', session: 'fresh-app-session' });

export function App() {
  const [published, setPublished] = useState('');
  const [dismissed, setDismissed] = useState('');
  return (
    <>
      <AnnouncementBannerComponent onAnnouncementDismiss={(event) => setDismissed(\`\${event.announcement.title} (\${event.source})\`)} />
      <main>
        <h1>Home</h1>
        <AnnouncementListComponent />
        <h1>Settings</h1>
        <AnnouncementEditorComponent onAnnouncementPublish={(event) => setPublished(event.announcement.title)} />
      </main>
      {published && <p id="published">{published}</p>}
      {dismissed && <p id="dismissed">{dismissed}</p>}
    </>
  );
}
`,
  },
};
