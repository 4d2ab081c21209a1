import { DexCareClient, type AccessTokenProvider } from '../api/client.js';
import { ConfigurationError } from '../api/errors.js';
import { absoluteApiBaseUrl, requestTimeoutMs } from '../booking/host-settings.js';

/**
 * The API client for the element's current settings, made again only when its base URL or time limit
 * changes; or the ConfigurationError that says why there is none (an insecure `api-base-url`, say).
 */
export class ClientSource {
  private cache?: { key: string; client: DexCareClient | ConfigurationError };

  constructor(
    private readonly settings: { readonly apiBaseUrl: string; readonly requestTimeout: number },
    private readonly getAccessToken: AccessTokenProvider,
  ) {}

  get current(): DexCareClient | ConfigurationError {
    const baseUrl = absoluteApiBaseUrl(this.settings.apiBaseUrl, document.baseURI);
    const timeoutMs = requestTimeoutMs(this.settings.requestTimeout);
    const key = `${baseUrl}|${timeoutMs}`;
    if (this.cache?.key !== key) {
      let client: DexCareClient | ConfigurationError;
      try {
        client = new DexCareClient({ baseUrl, getAccessToken: this.getAccessToken, timeoutMs, createTimeoutMs: 2 * timeoutMs });
      } catch (error) {
        client = error instanceof ConfigurationError ? error : new ConfigurationError(String(error));
      }
      this.cache = { key, client };
    }
    return this.cache.client;
  }
}
