// Strings of the HTTP status-code table (<StatusCodes> in a lesson), both languages side by side.
// Keys start with 'status.'. The codes' meanings are quiz strings ('quiz.status.meaning.*') and
// their effects on the connection reason templates ('reasons.status.effect.*'), because the
// status-code questions show them too: one string each, in one place.
export const statusStrings = {
  en: {
    'status.caption': 'HTTP status codes a learner meets, by class (RFC 9110 §15).',
    'status.col.code': 'Code',
    'status.col.meaning': 'What it means',
    'status.col.connection': 'What it does to the connection',
    'status.none': '“—”: nothing; the connection stays open for the next request.',
    'status.class.1': '1xx Informational: an interim answer; the request goes on.',
    'status.class.2': '2xx Successful: the request was received, understood and accepted.',
    'status.class.3': '3xx Redirection: the client must do something more, usually follow Location.',
    'status.class.4': '4xx Client Error: the request was wrong or cannot be served to this client.',
    'status.class.5': '5xx Server Error: the request may be fine; the server failed it.',
  },
  zh: {
    'status.caption': '常见的 HTTP 状态码，按类别排列（RFC 9110 §15）。',
    'status.col.code': '状态码',
    'status.col.meaning': '含义',
    'status.col.connection': '对连接的影响',
    'status.none': '“—”表示没有影响：连接保持打开，可以发下一个请求。',
    'status.class.1': '1xx 信息：临时回应，请求还在继续。',
    'status.class.2': '2xx 成功：请求已被收到、理解并接受。',
    'status.class.3': '3xx 重定向：客户端还要再做一步，通常是跟随 Location。',
    'status.class.4': '4xx 客户端错误：请求有误，或不能为这个客户端提供服务。',
    'status.class.5': '5xx 服务器错误：请求可能没问题，是服务器没能完成它。',
  },
} as const;
