# Sign in with Naver through Logto, in Flask: the guide's Python sample, complete. To run it:
#   pip install -r requirements.txt
#   cp .env.example .env
#   flask --app app run --port 5001

# #region client
import json
import os
from typing import Union

from flask import Flask, redirect, request, session
from markupsafe import escape
from logto import LogtoClient, LogtoConfig, LogtoException, Storage, UserInfoScope
from logto.models.oidc import DirectSignInOption, DirectSignInOptionMethod


def env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise SystemExit(f"Set {name} in the environment or in .env (see .env.example).")
    return value


BASE_URL = env("BASE_URL").rstrip("/")  # where this app runs: the redirect URIs are built from it

app = Flask(__name__)
app.secret_key = env("SESSION_SECRET")  # signs Flask's session cookie


# The SDK keeps its state (the sign-in session, then the tokens) in Flask's session
class SessionStorage(Storage):
    def get(self, key: str) -> Union[str, None]:
        return session.get(key, None)

    def set(self, key: str, value: Union[str, None]) -> None:
        session[key] = value

    def delete(self, key: str) -> None:
        session.pop(key, None)


client = LogtoClient(
    LogtoConfig(
        endpoint=env("LOGTO_ENDPOINT"),
        appId=env("LOGTO_APP_ID"),
        appSecret=env("LOGTO_APP_SECRET"),  # from the environment, never from the code
        scopes=[UserInfoScope.email, UserInfoScope.identities],  # identities: the Naver account
    ),
    storage=SessionStorage(),
)
# #endregion client


# #region sign-in
@app.route("/sign-in")
async def sign_in():
    return redirect(await client.signIn(redirectUri=f"{BASE_URL}/callback"))
# #endregion sign-in


# #region sign-up
@app.route("/sign-up")
async def sign_up():
    return redirect(
        await client.signIn(
            redirectUri=f"{BASE_URL}/callback",
            interactionMode="signUp",  # the sign-up screen first; leave out for sign-in
        )
    )
# #endregion sign-up


# #region naver
@app.route("/sign-in-with-naver")
async def sign_in_with_naver():
    return redirect(
        await client.signIn(
            redirectUri=f"{BASE_URL}/callback",
            # Skips Logto's sign-in page and goes straight to Naver
            directSignIn=DirectSignInOption(method=DirectSignInOptionMethod.social, identifier="naver"),
        )
    )
# #endregion naver


# #region callback
@app.route("/callback")
async def callback():
    try:
        await client.handleSignInCallback(request.url)  # checks the state, then the ID token
    except LogtoException as error:
        return f"Sign-in failed: {escape(str(error))}", 400
    return redirect("/")
# #endregion callback


# #region sign-out
@app.route("/sign-out")
async def sign_out():
    return redirect(await client.signOut(postLogoutRedirectUri=BASE_URL))
# #endregion sign-out


# #region home
@app.route("/")
async def home():
    if client.isAuthenticated() is False:
        return (
            "<h1>Not signed in</h1>"
            "<p><a href='/sign-in'>Sign in</a> · <a href='/sign-in-with-naver'>Sign in with Naver</a></p>"
        )
    claims = client.getIdTokenClaims()  # verified when the callback stored the ID token
    user_info = await client.fetchUserInfo()  # asks Logto, with the access token
    naver = (user_info.identities or {}).get("naver")  # the Naver account, with the identities scope
    return (
        f"<h1>Signed in as {escape(claims.name or claims.sub)}</h1>"
        f"<h2>ID token claims</h2><pre>{escape(claims.model_dump_json(indent=2, exclude_none=True))}</pre>"
        f"<h2>Naver identity</h2><pre>{escape(json.dumps(naver.model_dump() if naver else None, indent=2))}</pre>"
        "<p><a href='/sign-out'>Sign out</a></p>"
    )
# #endregion home
