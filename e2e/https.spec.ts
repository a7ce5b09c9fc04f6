/**
 * Over HTTPS (issue 14, findings 1, 2 and 9): a TLS proxy on loopback with a certificate made by the test, in front
 * of the same production build, started with an https:// NEXTAUTH_URL. Sign-out must delete the `__Secure-` session
 * cookie (a delete without `Secure` is ignored by the browser) and end the session; HSTS is sent because the app
 * is served over HTTPS now — not because of the URL at build time.
 */
import { expect, signIn, test } from "./fixtures";
import { PORTS, startApp, type AppProcess } from "./app-process";
import { startTlsProxy } from "./tls-proxy";
import { BASE_URL } from "../playwright.config";

const HTTPS_URL = `https://localhost:${PORTS.tls}`;
let app: AppProcess | undefined;
let proxy: Awaited<ReturnType<typeof startTlsProxy>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  app = await startApp({ name: "https", port: PORTS.appA, publicUrl: HTTPS_URL });
  proxy = await startTlsProxy({ port: PORTS.tls, target: PORTS.appA });
});
test.afterAll(async () => {
  await proxy?.stop();
  await app?.stop();
});
test.use({ baseURL: HTTPS_URL, ignoreHTTPSErrors: true });

test("HSTS is sent when the app is served over HTTPS — decided at run time, not at build time", async ({
  page,
  playwright,
}) => {
  const login = await page.goto("/login");
  expect(login!.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  // The same build behind plain HTTP (the e2e server) sends none.
  const plain = await playwright.request.newContext();
  expect((await plain.get(`${BASE_URL}/login`)).headers()["strict-transport-security"]).toBeUndefined();
});

test("over HTTPS, sign-out deletes the __Secure- session cookie and ends the session", async ({ page, browser }) => {
  await signIn(page, "slagelse");
  await expect(page).toHaveURL(/\/kommuner\/0330$/);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "__Secure-next-auth.session-token");
  expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
  expect(cookies.find((c) => c.name === "__Host-next-auth.csrf-token")).toMatchObject({ secure: true });

  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect((await page.context().cookies()).map((c) => c.name).filter((name) => name.includes("next-auth"))).toEqual([]);
  await page.goto("/kommuner/0330");
  await expect(page).toHaveURL(/\/login$/);

  // The old session cookie, kept by someone else, opens nothing and is not renewed.
  const thief = await browser.newContext({ baseURL: HTTPS_URL, ignoreHTTPSErrors: true });
  await thief.addCookies([session!]);
  const stolen = await thief.newPage();
  await stolen.goto("/kommuner/0330");
  await expect(stolen).toHaveURL(/\/login$/);
  const renewed = await thief.request.get("/api/auth/session");
  expect(await renewed.json()).toEqual({});
  await thief.close();
});
