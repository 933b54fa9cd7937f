// Walks Kitty's Platform API with the official ChatKitty Platform SDK (chatkitty-platform-sdk@2.4.0),
// unchanged, pointed at the server under test. Prints one line per SDK operation it exercised and exits
// non-zero on the first contract violation.
//   KITTY_BASE_URL=http://127.0.0.1:5000 KITTY_CLIENT_ID=... KITTY_CLIENT_SECRET=... node compat.mjs
import assert from 'node:assert/strict';
import sdk from 'chatkitty-platform-sdk';

const { ChatKitty } = sdk;
const baseUrl = process.env.KITTY_BASE_URL.replace(/\/$/, '');
const kitty = new ChatKitty({
  basePath: baseUrl,
  authorizationBasePath: `${baseUrl}/oauth/token`,
  clientId: process.env.KITTY_CLIENT_ID,
  clientSecret: process.env.KITTY_CLIENT_SECRET,
});

const exercised = new Set();
const call = async (operation, promise) => {
  const response = await promise;
  assert.equal(response.status, 200, `${operation} answered ${response.status}`);
  exercised.add(operation);
  return response.data;
};
const refused = async (operation, promise, status) => {
  await assert.rejects(promise, (error) => {
    assert.equal(error.response?.status, status, `${operation} should answer ${status}`);
    return true;
  });
  exercised.add(operation);
};
const run = Date.now().toString(36);
const name = (base) => `${base}-${run}@example.com`;
const isoUtc = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

// Application
const application = await call('Application.retrieveAuthenticatedApplication', kitty.Application.retrieveAuthenticatedApplication());
assert.equal(typeof application.id, 'number');
assert.equal(typeof application.key, 'string');
assert.match(application.createdTime, isoUtc);
assert.ok(application._links.self.href);
const settings = await call('Application.retrieveAuthenticatedApplicationSettings', kitty.Application.retrieveAuthenticatedApplicationSettings());
assert.ok(['ENABLED', 'DISABLED'].includes(settings.guestUsers));
const changed = await call('Application.updateAuthenticatedApplicationSettings',
  kitty.Application.updateAuthenticatedApplicationSettings({ guestUsers: 'DISABLED', userCreatedChannels: 'ENABLED' }));
assert.equal(changed.guestUsers, 'DISABLED');
await call('Application.updateAuthenticatedApplicationSettings', kitty.Application.updateAuthenticatedApplicationSettings(settings));

// Users
const jane = await call('Users.createUser', kitty.Users.createUser({
  name: name('jane'), displayName: 'Jane Doe', isGuest: false, properties: { team: 'blue', level: 1 },
}));
assert.equal(jane.type, 'PERSON');
assert.equal(jane.name, name('jane'));
assert.equal(jane.displayName, 'Jane Doe');
assert.equal(jane.isGuest, false);
assert.deepEqual(jane.properties, { team: 'blue', level: 1 });
assert.equal(jane.presence.online, false);
assert.equal(typeof jane.presence.status, 'string');
assert.ok(jane.displayPictureUrl.startsWith('http'));
assert.ok(jane._links.self.href.endsWith(`/v1/users/${jane.id}`));
const john = await call('Users.createUser', kitty.Users.createUser({ name: name('john'), displayName: 'John', isGuest: false }));
const carl = await call('Users.createUser', kitty.Users.createUser({ name: name('carl'), displayName: 'Carl', isGuest: true }));
await refused('Users.createUser', kitty.Users.createUser({ name: name('jane'), displayName: 'Again', isGuest: false }), 400);

await call('Users.checkUserExists', kitty.Users.checkUserExists(name('jane')));
await refused('Users.checkUserExists', kitty.Users.checkUserExists(name('nobody')), 404);
const byName = await call('Users.listUsers', kitty.Users.listUsers(0, 25, undefined, name('john')));
assert.equal(byName._embedded.users.length, 1);
assert.equal(byName._embedded.users[0].id, john.id);
assert.equal(byName.page.totalElements, 1);
const firstPage = await call('Users.listUsers', kitty.Users.listUsers(0, 2, ['name,desc']));
assert.equal(firstPage._embedded.users.length, 2);
assert.equal(firstPage.page.size, 2);
assert.equal(firstPage.page.number, 0);
assert.ok(firstPage._links.next, 'a first page of several has a next link');
const fetched = await call('Users.retrieveUser', kitty.Users.retrieveUser(jane.id));
assert.equal(fetched.name, jane.name);
await refused('Users.retrieveUser', kitty.Users.retrieveUser(1), 404);
const patched = await call('Users.updateUser', kitty.Users.updateUser(jane.id, { displayName: 'Jane D.', properties: { level: 2 } }));
assert.equal(patched.displayName, 'Jane D.');
assert.deepEqual(patched.properties, { team: 'blue', level: 2 });
const pictured = await call('Users.updateUserDisplayPicture', kitty.Users.updateUserDisplayPicture(jane.id, {
  url: 'https://example.com/jane.png', name: 'jane.png', contentType: 'image/png', size: 1024,
}));
assert.equal(pictured.displayPictureUrl, 'https://example.com/jane.png');
await call('Users.setUserSecret', kitty.Users.setUserSecret(jane.id, 'pin', { secret: { code: 1234 } }));
const secret = await call('Users.retrieveUserSecret', kitty.Users.retrieveUserSecret(jane.id, 'pin'));
assert.deepEqual(secret.secret, { code: 1234 });
await call('Users.removeUserSecret', kitty.Users.removeUserSecret(jane.id, 'pin'));
await refused('Users.retrieveUserSecret', kitty.Users.retrieveUserSecret(jane.id, 'pin'), 404);

// Channels of all three types
const direct = await call('Channels.createChannel', kitty.Channels.createChannel({
  type: 'DIRECT', members: [{ username: jane.name }, { id: john.id }],
}));
assert.equal(direct.type, 'DIRECT');
assert.deepEqual(direct.members.map((m) => m.id).sort(), [jane.id, john.id].sort());
assert.equal(direct.name, undefined);
const directAgain = await call('Channels.createChannel', kitty.Channels.createChannel({
  type: 'DIRECT', members: [{ id: john.id }, { id: jane.id }],
}));
assert.equal(directAgain.id, direct.id, 'one direct channel per member set');
const open = await call('Channels.createChannel', kitty.Channels.createChannel({
  type: 'PUBLIC', name: `general-${run}`, displayName: 'General', creator: { username: jane.name }, properties: { topic: 'all' },
}));
assert.equal(open.type, 'PUBLIC');
assert.equal(open.name, `general-${run}`);
assert.equal(open.displayName, 'General');
assert.equal(open.creator.id, jane.id);
assert.deepEqual(open.properties, { topic: 'all' });
assert.match(open.createdTime, isoUtc);
const closed = await call('Channels.createChannel', kitty.Channels.createChannel({
  type: 'PRIVATE', name: `secret-${run}`, members: [{ id: jane.id }],
}));
assert.equal(closed.type, 'PRIVATE');
assert.equal(closed.displayName, `secret-${run}`);

const privates = await call('Channels.listChannels', kitty.Channels.listChannels(0, 100, undefined, 'PRIVATE'));
assert.ok(privates._embedded.channels.some((c) => c.id === closed.id));
assert.ok(privates._embedded.channels.every((c) => c.type === 'PRIVATE'));
const withBoth = await call('Channels.listChannels',
  kitty.Channels.listChannels(0, 25, undefined, undefined, new Set([jane.name, john.name])));
assert.deepEqual(withBoth._embedded.channels.map((c) => c.id), [direct.id]);
const retrieved = await call('Channels.retrieveChannel', kitty.Channels.retrieveChannel(open.id));
assert.equal(retrieved.name, open.name);
const renamed = await call('Channels.updateChannel', kitty.Channels.updateChannel(open.id, { displayName: 'Everyone', properties: { pinned: true } }));
assert.equal(renamed.displayName, 'Everyone');
assert.deepEqual(renamed.properties, { topic: 'all', pinned: true });

// Members, moderators, invites, participants
await call('Channels.addChannelMember', kitty.Channels.addChannelMember(open.id, { id: john.id }));
await call('Channels.addChannelMember', kitty.Channels.addChannelMember(open.id, { username: carl.name }));
await refused('Channels.addChannelMember', kitty.Channels.addChannelMember(direct.id, { id: carl.id }), 400);
const members = await call('Channels.listChannelMembers', kitty.Channels.listChannelMembers(open.id));
assert.deepEqual(members._embedded.users.map((u) => u.id).sort(), [jane.id, john.id, carl.id].sort());
const memberships = await call('Channels.listChannelMemberships', kitty.Channels.listChannelMemberships(open.id));
assert.equal(memberships._embedded.memberships.length, 3);
assert.match(memberships._embedded.memberships[0].createdTime, isoUtc);
const moderator = await call('Channels.addChannelModerator', kitty.Channels.addChannelModerator(open.id, { id: john.id }));
assert.equal(moderator.id, john.id);
const moderators = await call('Channels.listChannelModerators', kitty.Channels.listChannelModerators(open.id));
assert.deepEqual(moderators._embedded.users.map((u) => u.id), [john.id]);
await call('Channels.removeChannelModerator', kitty.Channels.removeChannelModerator(open.id, john.id));
const noModerators = await call('Channels.listChannelModerators', kitty.Channels.listChannelModerators(open.id));
assert.equal(noModerators._embedded, undefined, 'an empty page has no _embedded');
assert.equal(noModerators.page.totalElements, 0);
const invite = await call('Channels.sendChannelInvite', kitty.Channels.sendChannelInvite(closed.id, { user: { id: carl.id } }));
assert.match(invite.createdTime, isoUtc);
const invites = await call('Channels.listChannelInvites', kitty.Channels.listChannelInvites(closed.id));
assert.equal(invites._embedded.invites.length, 1);
await refused('Channels.sendChannelInvite', kitty.Channels.sendChannelInvite(direct.id, { user: { id: carl.id } }), 400);
const participants = await call('Channels.listChannelParticipants', kitty.Channels.listChannelParticipants(open.id));
assert.equal(participants.page.totalElements, 0, 'nobody is in a live chat session');
const event = await call('Channels.sendChannelEvent', kitty.Channels.sendChannelEvent(open.id, { type: 'poll.opened', properties: { question: 'tea?' } }));
assert.equal(event.type, 'poll.opened');
const keys = await call('Channels.sendChannelKeystrokes', kitty.Channels.sendChannelKeystrokes(open.id, { keys: 'hel', user: { id: jane.id } }));
assert.equal(keys.keys, 'hel');
assert.equal(keys.username, jane.name);
await call('Channels.removeChannelMember', kitty.Channels.removeChannelMember(open.id, carl.id));

// Messages: system, on behalf of users, paging
const system = await call('Channels.sendChannelMessage', kitty.Channels.sendChannelMessage(open.id, { type: 'TEXT', body: 'Welcome!' }));
assert.equal(system.type, 'SYSTEM_TEXT');
assert.equal(system.user, undefined);
assert.equal(system.channelId, open.id);
assert.equal(system.nestedLevel, 0);
const systemFile = await call('Channels.sendChannelMessage', kitty.Channels.sendChannelMessage(open.id, {
  type: 'FILE', file: { url: 'https://example.com/rules.pdf', name: 'rules.pdf', contentType: 'application/pdf', size: 2048 },
}));
assert.equal(systemFile.type, 'SYSTEM_FILE');
assert.equal(systemFile.file.type, 'EXTERNAL');
assert.equal(systemFile.file.size, 2048);
const sent = [system.id, systemFile.id];
for (let i = 0; i < 10; i++) {
  const message = await call('Channels.sendChannelMessage', kitty.Channels.sendChannelMessage(open.id, {
    type: 'TEXT', body: `hello <@${john.name}> ${i}`, user: { id: i % 2 ? jane.id : john.id }, groupTag: 'greeting', properties: { i },
  }));
  assert.equal(message.type, 'TEXT');
  assert.equal(message.user.id, i % 2 ? jane.id : john.id);
  assert.equal(message.mentions[0].type, 'USER');
  assert.equal(message.mentions[0].user.id, john.id);
  sent.push(message.id);
}
const seen = [];
let page = await call('Channels.listChannelMessages', kitty.Channels.listChannelMessages(open.id, 5));
for (;;) {
  seen.push(...page._embedded.messages.map((m) => m.id));
  assert.ok(page._links.self.href);
  if (!page._links.next) break;
  const next = new URL(page._links.next.href).searchParams;
  page = await call('Channels.listChannelMessages', kitty.Channels.listChannelMessages(open.id, 5,
    Number(next.get('start')), Number(next.get('next')), next.get('relation')));
}
assert.deepEqual(seen, [...sent].reverse(), 'cursor pages walk every message once, newest first');
const bySender = await call('Channels.listChannelMessages', kitty.Channels.listChannelMessages(open.id, 25, undefined, undefined, undefined, jane.name));
assert.equal(bySender._embedded.messages.length, 5);
const byQuery = await call('Channels.listChannelMessages', kitty.Channels.listChannelMessages(open.id, 25, undefined, undefined, undefined, undefined, 'welcome'));
assert.deepEqual(byQuery._embedded.messages.map((m) => m.id), [system.id]);
const everywhere = await call('Messages.listMessages', kitty.Messages.listMessages(50));
assert.ok(everywhere._embedded.messages.length >= sent.length);
const one = await call('Messages.retrieveMessage', kitty.Messages.retrieveMessage(sent[2]));
assert.equal(one.body, `hello <@${john.name}> 0`);
const edited = await call('Messages.updateMessage', kitty.Messages.updateMessage(sent[2], { body: 'edited', properties: { edited: true } }));
assert.equal(edited.body, 'edited');
assert.match(edited.lastEditedTime, isoUtc);
const receipts = await call('Messages.listMessageReadReceipts', kitty.Messages.listMessageReadReceipts(sent[2]));
assert.equal(receipts.page.totalElements, 0);
const userChannels = await call('Users.listUserChannels', kitty.Users.listUserChannels(jane.id));
assert.ok(userChannels._embedded.channels.some((c) => c.id === open.id));
const userMessages = await call('Users.listUserMessages', kitty.Users.listUserMessages(jane.id));
assert.ok(userMessages._embedded.messages.length > 0);
const notifications = await call('Users.listUserNotifications', kitty.Users.listUserNotifications(jane.id));
assert.ok(notifications.page);

// Threads
const mainThread = await call('Messages.deleteMessage', kitty.Messages.deleteMessage(sent[3]));
assert.equal(mainThread.type, 'MAIN');
await refused('Messages.retrieveMessage', kitty.Messages.retrieveMessage(sent[3]), 404);
const thread = await call('Threads.retrieveThread', kitty.Threads.retrieveThread(mainThread.id));
assert.equal(thread.type, 'MAIN');
const inThread = await call('Threads.sendThreadMessage', kitty.Threads.sendThreadMessage(mainThread.id, { type: 'TEXT', body: 'via thread' }));
assert.equal(inThread.channelId, open.id);
const threadMessages = await call('Threads.listThreadMessages', kitty.Threads.listThreadMessages(mainThread.id, 3));
assert.equal(threadMessages._embedded.messages[0].id, inThread.id);
const threadKeys = await call('Threads.sendThreadKeystrokes', kitty.Threads.sendThreadKeystrokes(mainThread.id, { keys: 'typing', user: { id: john.id } }));
assert.equal(threadKeys.username, john.name);

// Sessions: in 2.4.0 these API classes exist but the ChatKitty wrapper does not expose them.
const tokenResponse = await fetch(`${baseUrl}/oauth/token`, {
  method: 'POST',
  headers: { Authorization: `Basic ${Buffer.from(`${process.env.KITTY_CLIENT_ID}:${process.env.KITTY_CLIENT_SECRET}`).toString('base64')}` },
  body: new URLSearchParams({ grant_type: 'client_credentials' }),
});
const { access_token: accessToken } = await tokenResponse.json();
const configuration = new sdk.Configuration({ basePath: baseUrl, accessToken });
const userSessions = await call('UserSessions.listUserSessions', new sdk.UserSessionsApi(configuration).listUserSessions(0, 25, undefined, 'ACTIVE'));
assert.equal(userSessions.page.totalElements, 0, 'nobody is connected');
const chatSessions = await call('ChatSessions.listChatSessions', new sdk.ChatSessionsApi(configuration).listChatSessions());
assert.equal(chatSessions.page.totalElements, 0);

// Runtime and functions
const runtime = await call('Runtime.retrieveNodejsRuntime', kitty.Runtime.retrieveNodejsRuntime());
assert.equal(runtime.type, 'NODEJS');
assert.equal(typeof runtime.version, 'string');
for (const name of ['axios', 'axios-token-interceptor', 'chatkitty-platform-sdk', 'qs']) {
  assert.ok(runtime.dependencies.some((d) => d.name === name && d.defaultDependency === true), `${name} is preinstalled`);
}
assert.equal(runtime.environmentVariables.CHATKITTY_CLIENT_ID, process.env.KITTY_CLIENT_ID);
assert.equal(runtime.environmentVariables.CHATKITTY_CLIENT_SECRET, undefined, 'the secret is never shown');
const withDependencies = await call('Runtime.updateNodejsRuntimeDependencies',
  kitty.Runtime.updateNodejsRuntimeDependencies([{ name: 'lodash', version: '^4.17.21', defaultDependency: false }]));
assert.ok(withDependencies.dependencies.some((d) => d.name === 'lodash' && d.version === '^4.17.21' && d.defaultDependency === false));
assert.notEqual(withDependencies.version, runtime.version, 'every change bumps the runtime version');
const withVariables = await call('Runtime.updateNodejsRuntimeEnvironmentVariables',
  kitty.Runtime.updateNodejsRuntimeEnvironmentVariables({ CUSTOM_ENV_AWS_REGION: 'us-east-1' }));
assert.equal(withVariables.environmentVariables.CUSTOM_ENV_AWS_REGION, 'us-east-1');
assert.equal(withVariables.environmentVariables.CHATKITTY_APPLICATION_ID, String(application.id));
const withScript = await call('Runtime.updateNodejsRuntimeInitializationScript',
  kitty.Runtime.updateNodejsRuntimeInitializationScript({ script: 'const region = process.env.CUSTOM_ENV_AWS_REGION;' }));
assert.equal(withScript.initializationScript.script, 'const region = process.env.CUSTOM_ENV_AWS_REGION;');
const fn = await call('Runtime.createNodejsRuntimeFunction', kitty.Runtime.createNodejsRuntimeFunction({
  type: 'user.attempted.start_session', name: `auth-${run}`, initializeAsynchronously: false, description: 'Checks logins',
}));
assert.equal(fn.type, 'user.attempted.start_session');
assert.equal(fn.currentVersionNumber, 0);
assert.equal(fn.enabled, true);
assert.equal(fn.description, 'Checks logins');
assert.deepEqual([fn.runtime.type, fn.runtime.id], ['NODEJS', runtime.id]);
const functions = await call('Runtime.listNodejsRuntimeFunctions', kitty.Runtime.listNodejsRuntimeFunctions(0, 100));
assert.ok(functions._embedded.functions.some((f) => f.id === fn.id));
assert.equal((await call('Functions.retrieveFunction', kitty.Functions.retrieveFunction(fn.id))).name, `auth-${run}`);
await refused('Functions.retrieveFunctionCurrentVersion', kitty.Functions.retrieveFunctionCurrentVersion(fn.id), 404);
const handlerScript = 'async function handleEvent(event, context) { return { username: event.username }; }';
const v1 = await call('Functions.createFunctionVersion', kitty.Functions.createFunctionVersion(fn.id, { handlerScript }));
assert.deepEqual([v1.versionNumber, v1.handlerScript], [1, handlerScript]);
const v2 = await call('Functions.createFunctionVersion', kitty.Functions.createFunctionVersion(fn.id, { handlerScript: `${handlerScript}\n` }));
assert.equal(v2.versionNumber, 2);
const versions = await call('Functions.listFunctionVersions', kitty.Functions.listFunctionVersions(fn.id));
assert.deepEqual(versions._embedded.versions.map((v) => v.id), [v2.id, v1.id]);
assert.equal((await call('Functions.retrieveFunctionCurrentVersion', kitty.Functions.retrieveFunctionCurrentVersion(fn.id))).id, v2.id);
assert.equal((await call('Functions.retrieveFunction', kitty.Functions.retrieveFunction(fn.id))).currentVersionNumber, 2);
const invocations = await call('Functions.listFunctionInvocations', kitty.Functions.listFunctionInvocations(fn.id));
assert.equal(invocations.page.totalElements, 0, 'nothing runs functions yet');
const version = await call('FunctionVersions.retrieveFunctionVersion', kitty.FunctionVersions.retrieveFunctionVersion(v1.id));
assert.deepEqual([version.id, version.versionNumber, version.handlerScript], [v1.id, 1, handlerScript]);
await refused('FunctionVersions.retrieveFunctionVersion', kitty.FunctionVersions.retrieveFunctionVersion(1), 404);

// Deletes
await call('Channels.deleteChannel', kitty.Channels.deleteChannel(closed.id));
await refused('Channels.retrieveChannel', kitty.Channels.retrieveChannel(closed.id), 404);
await call('Messages.deleteMessages', kitty.Messages.deleteMessages());
const none = await call('Messages.listMessages', kitty.Messages.listMessages());
assert.equal(none._embedded, undefined);
await call('Users.deleteUser', kitty.Users.deleteUser(carl.id));
await refused('Users.retrieveUser', kitty.Users.retrieveUser(carl.id), 404);

for (const operation of [...exercised].sort()) console.log(`ok ${operation}`);
console.log(`${exercised.size} operations of chatkitty-platform-sdk@2.4.0 exercised`);
