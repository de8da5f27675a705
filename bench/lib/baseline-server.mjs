// The yardstick: a bare Socket.IO server that broadcasts every idea to everyone, with no auth,
// no validation and no database. Run as its own process, like the app.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 4300);
const http = createServer();
const io = new Server(http);
io.on('connection', (socket) => {
	socket.on('idea', (idea, ack) => {
		io.emit('idea', idea);
		ack?.({ ok: true });
	});
});
http.listen(port, '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => io.close(() => process.exit(0)));
