// English half of the stepper's linked views (see ./stepper-views.ts).
export const en = {
  'stepperViews.states': 'Now: the client is in {client}, the server in {server}.',
  'stepperViews.diagram.open': 'Show both sides in the state diagram (RFC 9293 Figure 5)',
  'stepperViews.diagram.label': 'The state diagram of RFC 9293 Figure 5: each side’s current state is named above its box, and the arcs this step took are drawn bold.',
  'stepperViews.header.open': 'Show this step’s segment header',
  'stepperViews.header.title': 'The segment of this step, as the header explorer draws it',
  'stepperViews.header.sent': 'Sent by the {side}: {segment}',
  'stepperViews.header.arrived': 'Arrives at the {side}: {segment}',
  'stepperViews.header.lost': 'Lost on the way to the {side}: {segment}',
  'stepperViews.header.none': 'No segment is sent or received in this step.',
  'stepperViews.header.flags': 'Control bits set',
  'stepperViews.side.client': 'client',
  'stepperViews.side.server': 'server',
} as const;
