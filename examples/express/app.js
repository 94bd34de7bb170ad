// Sign in with Naver through Logto, in Express: the guide's Express sample, complete. To run it:
//   npm install
//   cp .env.example .env
//   npm start

// #region setup
import express from 'express';
import session from 'express-session';
import { handleAuthRoutes, withLogto } from '@logto/express';

function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} in the environment or in .env (see .env.example).`);
  return value;
}

const config = {
  endpoint: env('LOGTO_ENDPOINT'),
  appId: env('LOGTO_APP_ID'),
  appSecret: env('LOGTO_APP_SECRET'), // from the environment, never from the code
  baseUrl: env('BASE_URL').replace(/\/+$/, ''), // where this app runs: the redirect URIs are built from it
  scopes: ['email', 'identities'], // identities: the Naver account
};

const app = express();
// The SDK keeps its state (the sign-in session, then the tokens) in the Express session
app.use(
  session({
    secret: env('SESSION_SECRET'), // signs the session cookie
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', maxAge: 14 * 24 * 60 * 60 * 1000 },
  }),
);
// #endregion setup

// #region routes
// Adds the routes /logto/sign-in, /logto/sign-up, /logto/sign-in-callback and /logto/sign-out
app.use(handleAuthRoutes(config));
// /naver/logto/sign-in skips Logto's sign-in page and goes straight to Naver
app.use('/naver', handleAuthRoutes({ ...config, signInOptions: { directSignIn: { method: 'social', target: 'naver' } } }));
// #endregion routes

// #region home
app.get('/', withLogto({ ...config, fetchUserInfo: true }), (request, response) => {
  const { isAuthenticated, claims, userInfo } = request.user;
  if (!isAuthenticated) {
    response.send(
      '<h1>Not signed in</h1>' +
        '<p><a href="/logto/sign-in">Sign in</a> · <a href="/naver/logto/sign-in">Sign in with Naver</a></p>',
    );
    return;
  }
  const naver = userInfo?.identities?.naver; // the Naver account, with the identities scope
  response.send(
    `<h1>Signed in as ${escapeHtml(claims.name ?? claims.sub)}</h1>` +
      `<h2>ID token claims</h2><pre>${escapeHtml(JSON.stringify(claims, null, 2))}</pre>` +
      `<h2>Naver identity</h2><pre>${escapeHtml(JSON.stringify(naver ?? null, null, 2))}</pre>` +
      '<p><a href="/logto/sign-out">Sign out</a></p>',
  );
});

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
// #endregion home

const port = Number(new URL(config.baseUrl).port || 80);
app.listen(port, 'localhost', () => console.log(`Express sample: ${config.baseUrl}/`));
