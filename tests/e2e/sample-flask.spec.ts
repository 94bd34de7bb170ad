import { sampleAppTests } from '../support/sample-app-tests.ts';

// examples/flask/, started by `npm run example -- flask`, signs in with Naver through the local tenant.
sampleAppTests('flask');
