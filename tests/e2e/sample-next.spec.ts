import { sampleAppTests } from '../support/sample-app-tests.ts';

// examples/next/, started by `npm run example -- next`, signs in with Naver through the local tenant.
sampleAppTests('next');
