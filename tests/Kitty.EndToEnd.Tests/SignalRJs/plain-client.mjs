// Drives Kitty's realtime hub with the plain @microsoft/signalr npm client (no Kitty SDK), exactly as
// realtime-protocol.md documents it: a session token from POST /rtm/sessions, the hub /rtm with
// accessTokenFactory, methods by name, and one `Event` client method carrying { type, resource, ... }.
//   KITTY_BASE_URL=http://127.0.0.1:5000 KITTY_API_KEY=... node plain-client.mjs
import assert from 'node:assert/strict';
import * as signalR from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';

const baseUrl = process.env.KITTY_BASE_URL.replace(/\/$/, '');
const apiKey = process.env.KITTY_API_KEY;
const run = Date.now().toString(36);
const timeoutMs = 10_000;

async function startSession(username) {
  const response = await fetch(`${baseUrl}/rtm/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiKey, username }),
  });
  assert.equal(response.status, 200, `POST /rtm/sessions answered ${response.status}`);
  const session = await response.json();
  assert.equal(typeof session.token, 'string');
  assert.ok(session.expiresIn > 0);
  assert.equal(session.user.name, username);
  return session;
}

async function connect(session, protocol) {
  const builder = new signalR.HubConnectionBuilder()
    .withUrl(`${baseUrl}/rtm`, { accessTokenFactory: () => session.token })
    .configureLogging(signalR.LogLevel.Warning);
  if (protocol === 'messagepack') builder.withHubProtocol(new MessagePackHubProtocol());
  const connection = builder.build();
  const events = [];
  const waiters = [];
  connection.on('Event', (event) => {
    events.push(event);
    for (const waiter of [...waiters]) {
      if (waiter.match(event)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  });
  await connection.start();
  const waitFor = (match, what) => {
    const seen = events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      waiters.push({ match, resolve: (event) => { clearTimeout(timer); resolve(event); } });
    });
  };
  return { connection, events, waitFor };
}

const ann = await startSession(`ann-${run}`);
const bob = await startSession(`bob-${run}`);
const annClient = await connect(ann, 'json');
const bobClient = await connect(bob, 'messagepack');

// Ann creates a public channel, Bob joins it, both enter its live chat.
const channel = await annClient.connection.invoke('CreateChannel', { type: 'PUBLIC', name: `plain-${run}` });
assert.equal(channel.type, 'PUBLIC');
assert.equal(channel.name, `plain-${run}`);
await bobClient.connection.invoke('JoinChannel', channel.id);
const annSession = await annClient.connection.invoke('StartChatSession', channel.id);
assert.equal(annSession.channel.id, channel.id);
assert.equal(annSession.lastMessageSeq, 0);
await bobClient.connection.invoke('StartChatSession', channel.id);
await annClient.waitFor((e) => e.type === 'channel.participant.active' && e.resource.name === bob.user.name, 'Bob entering');

// A message from Ann reaches Bob (MessagePack) with its seq, and Ann (JSON) too.
const sent = await annClient.connection.invoke('SendMessage', { channelId: channel.id, body: 'hello from plain JS', clientMessageId: `m-${run}` });
assert.equal(sent.body, 'hello from plain JS');
const atBob = await bobClient.waitFor((e) => e.type === 'channel.message.created' && e.resource.id === sent.id, 'the message at Bob');
assert.equal(atBob.channelId, channel.id);
assert.equal(atBob.seq, 1);
assert.equal(atBob.resource.user.name, ann.user.name);
await annClient.waitFor((e) => e.type === 'channel.message.created' && e.resource.id === sent.id, 'the message at Ann');

// Keystrokes become typing indicators.
await bobClient.connection.invoke('SendKeystrokes', { channelId: channel.id, keys: 'hel' });
const keys = await annClient.waitFor((e) => e.type === 'thread.keystrokes.created', 'keystrokes');
assert.equal(keys.resource.keys, 'hel');
assert.equal(keys.resource.username, bob.user.name);
await annClient.waitFor((e) => e.type === 'thread.typing.started' && e.resource.name === bob.user.name, 'typing started');

// A retried send with the same clientMessageId returns the original message.
const retried = await annClient.connection.invoke('SendMessage', { channelId: channel.id, body: 'hello from plain JS', clientMessageId: `m-${run}` });
assert.equal(retried.id, sent.id);

// A malformed call gets a typed error and the connection keeps working.
await assert.rejects(annClient.connection.invoke('SendMessage', { channelId: 'not-an-id', body: 5 }),
  (error) => { assert.match(error.message, /ValidationError: /); return true; });
await assert.rejects(annClient.connection.invoke('StartChatSession', 1),
  (error) => { assert.match(error.message, /(ResourceNotFoundError|NotAChannelMemberError): /); return true; });
const after = await annClient.connection.invoke('SendMessage', { channelId: channel.id, body: 'still here' });
assert.equal((await bobClient.waitFor((e) => e.type === 'channel.message.created' && e.resource.id === after.id, 'the next message')).seq, 2);

// Catch-up by seq: messages after seq 0 are exactly the two sent, in order.
const caughtUp = await bobClient.connection.invoke('ListMessages', { channelId: channel.id, page: { after: 0 } });
assert.deepEqual(caughtUp.items.map((m) => m.id), [sent.id, after.id]);

await annClient.connection.stop();
await bobClient.connection.stop();
console.log('plain @microsoft/signalr client: session, chat session, messages, typing, idempotency, errors and catch-up ok');
