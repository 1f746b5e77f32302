// English half of the states section (see ./states.ts): the states page's interface strings and
// what it says of each state; the drawing's words are in ./states-diagram.en.ts.
import { en as diagram } from './states-diagram.en.ts';

export const en = {
  ...diagram,
  'states.page.title': 'TCP connection states',
  'states.page.description':
    'The eleven states of a TCP connection, RFC 9293’s Figure 5 drawn from the course’s model, and for each state what it means, how a connection gets in and out, how long it lasts and what Linux’s ss prints.',
  'states.page.lead':
    'RFC 9293 names eleven states a connection can be in (§3.3.2). Its Figure 5 shows how a connection moves between them; the figure below is drawn from the same transition table the course’s model runs on, so every arc in it is one the model takes.',
  'states.diagram.heading': 'The state diagram',
  'states.diagram.title': 'RFC 9293 Figure 5: the TCP connection state diagram',
  'states.diagram.description.figure5':
    'Eleven states. Opening: CLOSED, then LISTEN (passive OPEN) or SYN-SENT (active OPEN), SYN-RECEIVED, ESTABLISHED. Active close down the left: FIN-WAIT-1, FIN-WAIT-2 or CLOSING, TIME-WAIT, CLOSED after 2 MSL. Passive close down the right: CLOSE-WAIT, LAST-ACK, CLOSED. The table below lists every arc.',
  'states.diagram.description.more':
    'Figure 5 with its second layer: every state that can be reset, aborted or given up has an arc to CLOSED, and the shortcuts the RFC’s text and Linux take are drawn dashed. The table below lists every arc.',
  'states.diagram.toggle': 'Also show resets, aborts, give-ups and timeouts',
  'states.diagram.legend':
    'Solid arcs are Figure 5’s; the dotted one is Figure 5’s SEND in LISTEN, which the model does not take; dashed arcs are the second layer. Each arc reads event over action: what happens, then what is sent (“x”: nothing).',
  'states.diagram.fullSize': 'Open the diagram full size',
  'states.table.summary': 'The diagram as a table',
  'states.table.from': 'From',
  'states.table.event': 'Event',
  'states.table.action': 'Action',
  'states.table.to': 'To',
  'states.table.section': 'Where',
  'states.table.layer': 'Layer',
  'states.layer.figure5': 'Figure 5',
  'states.layer.more': 'second layer',
  'states.layer.notModelled': 'Figure 5, not modelled',
  'states.in': 'Gets in',
  'states.out': 'Gets out',
  'states.lasts': 'How long',
  'states.ss': 'Linux’s ss',
  'states.arc.from': 'from {state}:',
  'states.arc.to': 'to {state}:',
  'states.ss.filter': 'List them with {command}.',
  'states.ss.separator': ' — ',
  'states.none': 'No arc: it is where every connection starts.',
  // --- The states ------------------------------------------------------------------------------
  'states.closed.meaning':
    'No connection at all: there is no TCB, so nothing is remembered about a peer. RFC 9293 calls it a fictional state. Every connection starts here and ends here.',
  'states.closed.lasts': 'Before the connection and after it; it is not a state a connection waits in.',
  'states.closed.ss':
    'A closed connection has nothing left for ss to show. UNCONN is ss’s name for the closed state, which it prints for sockets with no connection, such as UDP ones.',
  'states.listen.meaning':
    'A server has called listen() (a passive OPEN) and waits for a SYN from any client. No peer is known yet; each SYN that arrives starts a handshake of its own.',
  'states.listen.lasts': 'As long as the server keeps its listening socket open: usually the life of the server program.',
  'states.listen.ss': 'ss -tl lists listening sockets.',
  'states.syn-sent.meaning':
    'The client has called connect() (an active OPEN), sent its SYN with its initial sequence number, and waits for the server’s SYN,ACK.',
  'states.syn-sent.lasts':
    'One round trip when the server answers. Unanswered, the SYN is retransmitted with a doubling timeout; RFC 9293 asks for at least 3 minutes of retries (§3.8.3), and Linux gives up after net.ipv4.tcp_syn_retries (6) retries, about two minutes.',
  'states.syn-received.meaning':
    'A SYN has arrived and been answered with a SYN,ACK; the side waits for the ACK of its own SYN. Both sequence numbers are known, but the other side has not yet shown it received ours.',
  'states.syn-received.lasts':
    'One round trip. Linux keeps a half-open connection as a small entry in the listener’s SYN queue and resends the SYN,ACK net.ipv4.tcp_synack_retries (5) times, about a minute, before dropping it.',
  'states.syn-received.ss': 'SYN-RECV: the listener’s pending handshakes.',
  'states.established.meaning':
    'The handshake is done: both sides know each other’s initial sequence numbers and data flows both ways. This is the state of an open connection.',
  'states.established.lasts': 'As long as the applications use the connection: milliseconds for one request, days for a long-lived one.',
  'states.fin-wait-1.meaning':
    'The application has closed its side (or shut down writing): a FIN has been sent, and the side waits for it to be acknowledged. It can still receive data.',
  'states.fin-wait-1.lasts':
    'About one round trip, until the ACK of the FIN arrives. A FIN that arrives with that ACK moves it straight to TIME-WAIT (Figure 5’s note 2).',
  'states.fin-wait-2.meaning':
    'The FIN has been acknowledged: this direction is closed. The side waits for the peer’s FIN and keeps receiving whatever the peer still sends (a half-close).',
  'states.fin-wait-2.lasts':
    'Until the peer closes, which RFC 9293 does not limit. Linux drops an orphaned FIN-WAIT-2 (the application has already closed the socket) after net.ipv4.tcp_fin_timeout, 60 s.',
  'states.close-wait.meaning':
    'The peer’s FIN has arrived and been acknowledged: the peer will send no more. The local application can still send, and must call close() to finish its side.',
  'states.close-wait.lasts':
    'Until the local application calls close(). A program that never does keeps the socket in CLOSE-WAIT for good, a classic leak.',
  'states.closing.meaning':
    'Both sides closed at once: the FINs crossed, so this side has received the peer’s FIN but not yet the ACK of its own.',
  'states.closing.lasts': 'About one round trip; it happens only in a simultaneous close.',
  'states.last-ack.meaning':
    'The side that closed second has sent its FIN and waits for the last ACK. When it arrives the connection is gone.',
  'states.last-ack.lasts': 'About one round trip; a lost FIN is retransmitted.',
  'states.time-wait.meaning':
    'The side that closed first has acknowledged the peer’s FIN and waits, so that a lost final ACK can be sent again and old segments of this connection die out before the same addresses and ports are used again.',
  'states.time-wait.lasts':
    '2 × MSL: with RFC 9293’s MSL of 2 minutes, 4 minutes (§3.4.2). Linux waits a fixed 60 s.',
} as const;
