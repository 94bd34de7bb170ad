/**
 * The `Authorization: Basic …` header a confidential client sends to the token endpoint. One definition
 * for the SDK's requests and the preflight's probes: RFC 6749 §2.3.1 form-encodes each part before
 * base64 (Logto's ids and secrets are alphanumeric, so this is also exactly what @logto/node sends).
 */
export function clientSecretBasic(appId: string, appSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(appId)}:${encode(appSecret)}`).toString('base64')}`;
}
