// What each TCP header field means (RFC 9293 §3.1), in English: part of the header section of
// the dictionary, in a file of its own for readability. The explorer island is handed them as a
// prop (src/lessons/island-strings.ts). Keys: 'header.note.<FieldId of src/core/header.ts>', and
// 'header.note.odd.<OddFlagSet>' for what a receiver does with a flag set no ordinary segment has.
export const headerNotesEn = {
  'header.note.sourcePort':
    'The port of the application that sent this segment. Two IP addresses and two ports together name one connection. The client’s 40000 is the port the course’s Linux captures used; a real client usually gets a temporary port chosen by its operating system.',
  'header.note.destinationPort':
    'The port of the application the segment is for. The server here listens on port 5000. Replies swap the two ports.',
  'header.note.sequenceNumber':
    'The number of the first data byte in this segment. In a segment with SYN set it is the sender’s initial sequence number (ISN), and the first data byte will be ISN + 1, because the SYN itself takes one number. A FIN takes one number too. This is a 32-bit header field, not a flag; after 4294967295 it wraps round to 0.',
  'header.note.acknowledgmentNumber':
    'When ACK is set: the next sequence number the sender of this segment expects to receive, so everything before it has arrived. Answering a SYN with sequence number J, it is J + 1. When ACK is clear the field means nothing (it is sent as zero here). A 32-bit header field, not a flag.',
  'header.note.dataOffset':
    'The length of the header counted in 32-bit words, which says where the data starts: 5 words × 4 bytes = 20 bytes, no options. A real SYN, with its options, shows 10 (40 bytes).',
  'header.note.reserved': 'Four bits kept for future use. A sender must set them to zero; a receiver ignores them.',
  'header.note.CWR':
    'Congestion Window Reduced. Not in the original TCP: RFC 3168 (Explicit Congestion Notification, ECN) added it. The sender says it has slowed down after its peer reported congestion with ECE.',
  'header.note.ECE':
    'ECN-Echo, also from RFC 3168. It tells the peer that a router marked a packet “congestion experienced” on the way. In a SYN, ECE and CWR together ask to use ECN.',
  'header.note.URG':
    'Urgent: the urgent pointer field counts. Almost never used today; RFC 6093, now folded into RFC 9293, advises applications not to rely on it.',
  'header.note.ACK':
    'Acknowledgment: the acknowledgment number field counts. Only an opening SYN and some resets go without it. (It is ACK, from acknowledgment; not “ASK”.)',
  'header.note.PSH':
    'Push: asks the receiver to hand the data to the application without waiting for more. Linux sets it on segments that carry data.',
  'header.note.RST':
    'Reset: abort the connection at once, with no goodbye. Sent, for example, in answer to a SYN for a port where nobody listens, or when an application aborts a connection.',
  'header.note.SYN':
    'Synchronize sequence numbers: set on the segments that open a connection (the client’s SYN, the server’s SYN+ACK, and their retransmissions), each carrying its sender’s ISN. A SYN takes one sequence number, so the answer acknowledges ISN + 1.',
  'header.note.FIN':
    'Finish: the sender has no more data to send. Like SYN, a FIN takes up one sequence number, so its acknowledgment is its sequence number + 1. Only one direction is closed; the other side may keep sending.',
  'header.note.window':
    'How many bytes, starting at the acknowledgment number, the sender of this segment is ready to receive. The model does no flow control, so this shows typical values: 64240, what Linux offers in a SYN on Ethernet, and 65535, the most 16 bits hold without the window scale option (RFC 7323).',
  'header.note.checksum':
    'Catches damaged segments. It is the 16-bit ones’ complement of the ones’ complement sum of a pseudo-header (both IP addresses, the protocol number 6, the TCP length), the header and the data. Here it is computed for real: turn a flag on or off and watch it change.',
  'header.note.urgentPointer':
    'Only meaningful when URG is set: where the urgent data ends, as an offset from the sequence number. Zero here.',
  // What a receiver does with a flag set no ordinary segment carries (core/header.ts oddFlagSet).
  'header.note.odd.syn_rst':
    'SYN+RST: no ordinary TCP sends it. RST is checked before SYN, so a receiver treats it as a plain reset and never reads the SYN (RFC 9293 §3.10.7).',
  'header.note.odd.syn_fin':
    'SYN+FIN: only crafted packets (port scans) carry it. A listener takes the SYN and keeps the FIN for later (RFC 9293 §3.10.7.2; Linux drops it); a connection answers any SYN with a challenge ACK (RFC 5961 §4).',
  'header.note.odd.rst_fin':
    'RST+FIN: RST is checked long before FIN (RFC 9293 §3.10.7.4), so a receiver treats it as a plain reset and never reads the FIN.',
  'header.note.odd.no_ack':
    'No SYN, RST or ACK: only an opening SYN and some resets lack ACK, so a receiver drops this (RFC 9293 §3.10.7.2–4); a port with no socket answers with a reset (§3.10.7.1).',
} as const;

export type HeaderNoteKey = keyof typeof headerNotesEn;
export type HeaderNotes = Readonly<Record<HeaderNoteKey, string>>;
