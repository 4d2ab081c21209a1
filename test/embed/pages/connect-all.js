import { connectAll, embed } from './host.js';

connectAll().then(
  () => (embed.ready = true),
  (error) => embed.errors.push(String(error)),
);
