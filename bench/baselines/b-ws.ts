// B-ws: raw `ws` + Redis: every message on the channel is broadcast as-is to every socket.
import { createServer } from "node:http";
import { Redis } from "ioredis";
import { WebSocketServer } from "ws";
import { port, sendJson } from "./http-util.js";

const server = createServer((req, res) => {
  if (req.url === "/healthz") return sendJson(res, 200, '{"ok":true}');
  sendJson(res, 404, "{}");
});
const wss = new WebSocketServer({ server });
const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
await redis.psubscribe("SCHEDULE_SEATS:*");
redis.on("pmessage", (_pattern: string, _channel: string, message: string) => {
  for (const socket of wss.clients) socket.send(message);
});
server.listen(port(), "127.0.0.1");
