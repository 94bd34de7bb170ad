import { ConnectorError } from '../naver-connector/index.ts';
import { RequestError } from '../http/request-error.ts';

/**
 * Logto core's koa-connector-error-handler, as 1.37 answers (recorded): a connector's own errors become
 * `connector.*` API errors, `general` carrying the connector's data both as `data` and, as JSON, in the
 * message ("Error occurred in connector: {…}"). Anything else a connector throws (got's HTTPError, a
 * refused connection) is not a ConnectorError and stays what it is: core answers it with a bare 500.
 */
export function fromConnectorError(error: ConnectorError): RequestError {
  const data = error.data === undefined ? {} : { data: error.data };
  switch (error.code) {
    case 'general':
      return new RequestError('connector.general', 400, { ...data, values: { errorDescription: JSON.stringify(error.data) ?? '' } });
    case 'invalid_response':
      return new RequestError('connector.invalid_response', 400, data);
    case 'social_auth_code_invalid':
      return new RequestError('connector.social_auth_code_invalid', 401, data);
    case 'social_invalid_access_token':
      return new RequestError('connector.social_invalid_access_token', 401, data);
  }
}
