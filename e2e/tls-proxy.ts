/**
 * HTTPS in front of an app process, the way a production reverse proxy does it: TLS ends here, on loopback, with
 * a self-signed certificate made for this run (the `selfsigned` package), and the request goes on over HTTP with
 * X-Forwarded-Proto: https. Chromium is told to accept the certificate (ignoreHTTPSErrors).
 */
import http from "node:http";
import https from "node:https";
import { generate } from "selfsigned";

export async function startTlsProxy(options: { port: number; target: number }) {
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    extensions: [
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: options.target,
        method: request.method,
        path: request.url,
        headers: {
          ...request.headers,
          "x-forwarded-proto": "https",
          "x-forwarded-host": request.headers.host ?? "",
          "x-forwarded-for": request.socket.remoteAddress ?? "",
        },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  return {
    url: `https://localhost:${options.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
