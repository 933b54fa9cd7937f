// A bare Socket.IO room server, the baseline Kitty's fanout load test is measured against:
// join a room, send to a room, every member gets the message with the room's sequence number.
'use strict';
const http = require('node:http');
const { Server } = require('socket.io');

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;

const httpServer = http.createServer();
// WebSocket only, no long-polling upgrade dance: the .NET clients connect straight over WebSocket.
const io = new Server(httpServer, { transports: ['websocket'], serveClient: false });
const seqs = new Map();

io.on('connection', (socket) => {
  socket.on('join', (room, ack) => {
    socket.join(room);
    if (typeof ack === 'function') ack();
  });
  // One thread: taking the seq and emitting cannot interleave, so members see seqs in order.
  socket.on('send', (message, ack) => {
    const seq = (seqs.get(message.room) ?? 0) + 1;
    seqs.set(message.room, seq);
    io.to(message.room).emit('message', { room: message.room, seq, body: message.body, properties: message.properties });
    if (typeof ack === 'function') ack(seq);
  });
});

httpServer.listen(port, '127.0.0.1', () => {
  console.log(`Listening on http://127.0.0.1:${httpServer.address().port}/socket.io/`);
});

// The load generator starts this with a redirected stdin: when it goes away, so does the server.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
