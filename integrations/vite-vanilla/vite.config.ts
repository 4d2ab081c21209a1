import { defineConfig } from 'vite';

// Two pages: index.html imports '@dexcare/virtual-visit', bundle.html '@dexcare/virtual-visit/bundle'.
// The manifest tells the test which files each page loads up front (its entry and static imports).
export default defineConfig({
  build: {
    manifest: true,
    rollupOptions: { input: { index: 'index.html', bundle: 'bundle.html' } },
  },
});
