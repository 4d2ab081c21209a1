// The host page's own listener: records every dexcare:* message with the origin it came from.
window.dexcareMessages = [];
window.addEventListener('message', (event) => {
  if (typeof event.data?.type === 'string' && event.data.type.startsWith('dexcare:')) {
    window.dexcareMessages.push({ origin: event.origin, ...event.data });
  }
});
