import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // This app, not the repository around it (which has a lockfile too), is the root.
  turbopack: { root: fileURLToPath(new URL('.', import.meta.url)) },
  // `next dev` (the test's hydration check) writes no AGENTS.md into the app.
  agentRules: false,
  experimental: { agentUpgrade: false },
};

export default nextConfig;
