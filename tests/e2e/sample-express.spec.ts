import { sampleAppTests } from '../support/sample-app-tests.ts';

// examples/express/, started by `npm run example -- express`, signs in with Naver through the local tenant.
sampleAppTests('express');
