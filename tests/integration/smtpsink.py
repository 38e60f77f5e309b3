"""A small SMTP server on loopback that records what it is given (Python
3.12 has no smtpd module). It speaks the part of RFC 5321 that libcurl
uses: EHLO, STARTTLS (RFC 3207) with the test CA's certificate, AUTH
PLAIN (RFC 4954), MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT.

`refuse` > 0: the next that many transactions are refused with 554 at
MAIL FROM (a server that does not take the mail now). `tls` None: no
STARTTLS offered (a server a client must not send the mail to). `stall`
set: MAIL FROM gets no reply until the connection closes (a hung
server); `stalled` is set when one waits so."""
import base64
import socketserver
import ssl
import threading


class Message:
    def __init__(self, mail_from, rcpts, data, tls, login):
        self.mail_from, self.rcpts, self.data, self.tls, self.login = (
            mail_from, rcpts, data, tls, login)


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b'\r\n')
        self.wfile.flush()

    def handle(self):
        sink = self.server.sink
        tls, login, mail_from, rcpts = False, None, None, []
        self.reply('220 sink ESMTP')
        while True:
            raw = self.rfile.readline(4096)
            if not raw:
                return
            line = raw.decode('utf-8', 'replace').rstrip('\r\n')
            verb = line.split(' ', 1)[0].upper()
            arg = line[len(verb):].strip()
            if verb in ('EHLO', 'HELO'):
                lines = ['sink']
                if sink.tls and not tls:
                    lines.append('STARTTLS')
                if tls or not sink.tls:
                    lines.append('AUTH PLAIN')
                lines.append('8BITMIME')
                for i, x in enumerate(lines):
                    self.reply(('250 ' if i == len(lines) - 1 else '250-') + x)
            elif verb == 'STARTTLS' and sink.tls and not tls:
                self.reply('220 go ahead')
                self.request = sink.tls.wrap_socket(self.request, server_side=True)
                self.rfile = self.request.makefile('rb')
                self.wfile = self.request.makefile('wb')
                tls = True
            elif verb == 'AUTH' and arg.upper().startswith('PLAIN'):
                resp = arg[5:].strip()
                if not resp:
                    self.reply('334 ')
                    resp = self.rfile.readline(4096).decode().strip()
                parts = base64.b64decode(resp).split(b'\0')
                login = (parts[1].decode(), parts[2].decode())
                self.reply('235 2.7.0 accepted')
            elif verb == 'MAIL' and sink.stall:
                sink.stalled.set()
                self.rfile.read()  # no reply until the client gives up
                return
            elif verb == 'MAIL':
                with sink.lock:
                    sink.attempts += 1
                    refuse = sink.refuse > 0
                    if refuse:
                        sink.refuse -= 1
                if refuse:
                    self.reply('554 5.3.0 not now')
                    continue
                mail_from, rcpts = arg.split(':', 1)[1].strip(), []
                self.reply('250 ok')
            elif verb == 'RCPT':
                rcpts.append(arg.split(':', 1)[1].strip())
                self.reply('250 ok')
            elif verb == 'DATA':
                self.reply('354 end with .')
                data = b''
                while True:
                    chunk = self.rfile.readline(1 << 20)
                    if not chunk or chunk == b'.\r\n':
                        break
                    data += chunk[1:] if chunk.startswith(b'.') else chunk
                with sink.lock:
                    sink.messages.append(Message(mail_from, rcpts, data, tls, login))
                self.reply('250 queued')
            elif verb in ('RSET', 'NOOP'):
                self.reply('250 ok')
            elif verb == 'QUIT':
                self.reply('221 bye')
                return
            else:
                self.reply('502 5.5.1 command not recognized')  # RFC 5321 4.2.4


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class SmtpSink:
    def __init__(self, cert=None, key=None):
        self.tls = None
        if cert:
            self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.tls.load_cert_chain(cert, key)
        self.messages, self.refuse, self.attempts, self.stall = [], 0, 0, False
        self.stalled = threading.Event()
        self.lock = threading.Lock()
        self.server = Server(('127.0.0.1', 0), Handler)
        self.server.sink = self
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
