/**
 * dist/embed-resizer.js, optional, for the parent page: sets the height of every iframe showing
 * embed.html from its `dexcare:resize` messages, checking that each comes from that iframe and from the
 * origin of its `src`. Other `dexcare:*` messages are left to the page's own listeners.
 */
function frameFor(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe')].find((frame) => frame.contentWindow === source);
}

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'dexcare:resize' || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  const frame = frameFor(event.source);
  if (!frame || new URL(frame.src, location.href).origin !== event.origin) return;
  frame.style.height = `${Math.max(0, Math.min(Math.round(data.height), 20_000))}px`;
});
