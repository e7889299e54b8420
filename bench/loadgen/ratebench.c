/*
 * ratebench — a fixed-rate (open-model) HTTP/1.1 load generator for the CareerBridge bench.
 *
 * Request i is due at t0 + i/rate, whatever happened to the requests before it. A due request goes out on an idle
 * keep-alive connection, or waits in the queue until one is free; its latency is measured from the moment it was
 * *due*, not from when it left, so a slow server cannot hide the requests that queued behind a slow answer (no
 * coordinated omission, the way wrk2 measures). Single thread, epoll, non-blocking sockets, no dependencies beyond
 * libc and Linux, so that its own CPU is small and known: it reports getrusage over the measured window.
 *
 *   gcc -O2 -std=c11 -Wall -o ratebench ratebench.c
 *   ratebench --port 8080 --rate 500 --duration 20 --warmup 2 --connections 32 --requests list.tsv
 *
 * The request list has one request per line: a path, optionally a TAB and a bearer token; the generator cycles
 * through the lines (request i uses line i mod n). --path /x instead of a list sends the same path every time.
 *
 * Output (stdout): "ratebench-window start" and "ratebench-window end" when the measured window opens and closes
 * (a caller can sample other processes' CPU at these moments), then one line "ratebench key=value ..." with the result.
 * Only 2xx and 304 count as answered correctly; every scheduled request of the window ends up in exactly one of
 * ok, err_status, err_io, err_unanswered. The generator's own CPU is cpu_window_user_s + cpu_window_sys_s (getrusage
 * at the window's edges; the sum is exact, the kernel splits it into user and system by tick samples).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define NS_PER_S 1000000000LL
#define NS_PER_MS 1000000LL
#define READ_BUFFER (64 * 1024)
#define LINE_CAP 8192
#define MAX_EVENTS 256
#define MAX_HEADERS 16
#define RECONNECT_AFTER_FAILURE_NS (100 * NS_PER_MS)
#define MAX_CONNECTIONS 10000

/* ---------------------------------------------------------------------------------------------------------------
 * Latency histogram: log-linear buckets. Below 128 ns one bucket per nanosecond; above, each power of two is split
 * into 128 equal buckets, so a bucket is at most 1/128 (0.8 %) of its values wide and its midpoint is within 0.4 %.
 * 30 powers of two reach 2^37 ns (137 s); values beyond are counted in the last bucket (max stays exact).
 * ------------------------------------------------------------------------------------------------------------- */
#define SUB_BITS 7
#define SUB_COUNT (1 << SUB_BITS)
#define TOP_POWER 37
#define BUCKETS ((TOP_POWER - SUB_BITS + 1) * SUB_COUNT)

typedef struct {
    uint64_t counts[BUCKETS];
    uint64_t total;
    int64_t max;
    int64_t min;
    double sum;
} histogram;

static int bucket_of(int64_t v) {
    if (v < 0) {
        v = 0;
    }
    if (v < SUB_COUNT) {
        return (int) v;
    }
    int power = 63 - __builtin_clzll((unsigned long long) v);
    if (power >= TOP_POWER) {
        return BUCKETS - 1;
    }
    int shift = power - SUB_BITS;
    return (power - SUB_BITS + 1) * SUB_COUNT + (int) ((v >> shift) - SUB_COUNT);
}

/* The middle of the values a bucket holds. */
static double bucket_middle(int index) {
    if (index < SUB_COUNT) {
        return index;
    }
    int power = index / SUB_COUNT - 1 + SUB_BITS;
    int shift = power - SUB_BITS;
    double low = (double) ((int64_t) (index % SUB_COUNT + SUB_COUNT) << shift);
    return low + (double) ((int64_t) 1 << shift) / 2.0;
}

static void histogram_record(histogram *h, int64_t v) {
    h->counts[bucket_of(v)]++;
    if (h->total == 0 || v > h->max) {
        h->max = v;
    }
    if (h->total == 0 || v < h->min) {
        h->min = v;
    }
    h->total++;
    h->sum += (double) v;
}

/* The value at or below which `percent` of the recorded values lie (nearest rank), in nanoseconds. */
static double histogram_percentile(const histogram *h, double percent) {
    if (h->total == 0) {
        return 0;
    }
    uint64_t rank = (uint64_t) ((percent / 100.0) * (double) h->total + 0.999999);
    if (rank < 1) {
        rank = 1;
    }
    uint64_t seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
        seen += h->counts[i];
        if (seen >= rank) {
            double middle = bucket_middle(i);
            if (middle > (double) h->max) {
                middle = (double) h->max;
            }
            if (middle < (double) h->min) {
                middle = (double) h->min;
            }
            return middle;
        }
    }
    return (double) h->max;
}

/* --------------------------------------------------------------------------------------------------------------
 * Connections and the response parser
 * ------------------------------------------------------------------------------------------------------------ */
typedef enum { C_DOWN, C_CONNECTING, C_IDLE, C_BUSY } conn_state;

typedef enum {
    P_STATUS, P_HEADERS, P_BODY_LENGTH, P_CHUNK_SIZE, P_CHUNK_DATA, P_CHUNK_END, P_TRAILERS, P_BODY_UNTIL_CLOSE
} parse_state;

typedef struct {
    int fd;
    int index;
    uint32_t generation;   /* which socket of this connection an epoll event is about */
    conn_state state;
    int64_t retry_at;      /* C_DOWN: when to connect again */
    /* the request on the wire */
    uint64_t request;
    int64_t due;
    const char *out;
    size_t out_length;
    size_t out_offset;
    /* the response being read */
    parse_state parse;
    int status;
    int http10;
    int close_after;
    int keep_alive_header;
    int chunked;
    int has_length;
    int64_t remaining;
    char line[LINE_CAP];
    size_t line_length;
} connection;

typedef struct {
    char *text;
    size_t length;
} request_text;

/* Settings */
static const char *host = "127.0.0.1";
static const char *port = "8080";
static double rate = 100;
static double duration_s = 10;
static double warmup_s = 0;
static double deadline_s = 10;
static int connection_count = 16;
static const char *requests_file;
static const char *single_path;
static const char *headers[MAX_HEADERS];
static int header_count;

/* State */
static struct sockaddr_storage address;
static socklen_t address_length;
static int address_family;
static int epoll_fd;
static connection *connections;
static int *idle;
static int idle_count;
static int down_count;
static request_text *requests;
static size_t request_count;
static int64_t now_ns;
static int64_t t0;
static uint64_t warm_total;      /* requests 0 .. warm_total-1: warm-up, not recorded */
static uint64_t total;           /* warm-up + measured */
static uint64_t next_send;       /* requests before this one went out (or failed trying) */
static int64_t window_start;
static int64_t window_end;

/* Outcomes */
static histogram latency;
static uint64_t ok, err_status, err_io;           /* measured requests */
static uint64_t warm_done, warm_failed;           /* warm-up requests */
static uint64_t window_responses;                 /* any response received inside the window */
static uint64_t connect_errors, reconnects, closed_by_server, unexpected_bytes, malformed;
static uint64_t max_queue;
static uint64_t status_counts[600];

static int64_t monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * NS_PER_S + ts.tv_nsec;
}

static int64_t due_time(uint64_t i) {
    return t0 + (int64_t) ((double) i * (double) NS_PER_S / rate);
}

static void die(const char *what) {
    fprintf(stderr, "ratebench: %s\n", what);
    exit(1);
}

static void die_errno(const char *what) {
    fprintf(stderr, "ratebench: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void conn_open(connection *c);

static void idle_push(connection *c) {
    c->state = C_IDLE;
    idle[idle_count++] = c->index;
}

static void idle_remove(connection *c) {
    for (int i = 0; i < idle_count; i++) {
        if (idle[i] == c->index) {
            idle[i] = idle[--idle_count];
            return;
        }
    }
}

/* Closes the socket; the connection is opened again at once, or after a pause when connecting failed. */
static void conn_close(connection *c, int64_t pause_ns) {
    if (c->state == C_IDLE) {
        idle_remove(c);
    }
    if (c->fd >= 0) {
        close(c->fd);
        c->fd = -1;
    }
    c->state = C_DOWN;
    if (pause_ns == 0) {
        reconnects++;
        conn_open(c);
    } else {
        c->retry_at = now_ns + pause_ns;
        down_count++;
    }
}

static void conn_open(connection *c) {
    c->fd = socket(address_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c->fd < 0) {
        connect_errors++;
        c->state = C_DOWN;
        c->retry_at = now_ns + RECONNECT_AFTER_FAILURE_NS;
        down_count++;
        return;
    }
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    c->generation++;
    struct epoll_event event = {.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET,
                                .data.u64 = (uint64_t) c->generation << 32 | (uint32_t) c->index};
    if (epoll_ctl(epoll_fd, EPOLL_CTL_ADD, c->fd, &event) != 0) {
        die_errno("epoll_ctl");
    }
    if (connect(c->fd, (struct sockaddr *) &address, address_length) == 0) {
        idle_push(c);
    } else if (errno == EINPROGRESS) {
        c->state = C_CONNECTING;
    } else {
        connect_errors++;
        conn_close(c, RECONNECT_AFTER_FAILURE_NS);
    }
}

static int measured(uint64_t request) {
    return request >= warm_total;
}

/* The request on this connection got no usable answer: the connection broke or the response made no sense. */
static void request_failed(connection *c) {
    if (measured(c->request)) {
        err_io++;
    } else {
        warm_done++;
        warm_failed++;
    }
    conn_close(c, 0);
}

static void response_complete(connection *c) {
    int good = (c->status >= 200 && c->status < 300) || c->status == 304;
    if (now_ns >= window_start && now_ns < window_end) {
        window_responses++;
    }
    if (measured(c->request)) {
        status_counts[c->status]++; /* 100..599, checked by the parser */
        if (good) {
            ok++;
            histogram_record(&latency, now_ns - c->due);
        } else {
            err_status++;
        }
    } else {
        warm_done++;
        if (!good) {
            warm_failed++;
        }
    }
    if (c->close_after || (c->http10 && !c->keep_alive_header)) {
        closed_by_server++;
        conn_close(c, 0);
    } else {
        idle_push(c);
    }
}

static void send_pending_bytes(connection *c) {
    while (c->out_offset < c->out_length) {
        ssize_t n = send(c->fd, c->out + c->out_offset, c->out_length - c->out_offset, MSG_NOSIGNAL);
        if (n > 0) {
            c->out_offset += (size_t) n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return; /* EPOLLOUT (edge-triggered) says when there is room again */
        } else {
            request_failed(c);
            return;
        }
    }
}

static void start_request(connection *c, uint64_t i) {
    const request_text *r = &requests[i % request_count];
    c->state = C_BUSY;
    c->request = i;
    c->due = due_time(i);
    c->out = r->text;
    c->out_length = r->length;
    c->out_offset = 0;
    c->parse = P_STATUS;
    c->status = 0;
    c->http10 = 0;
    c->close_after = 0;
    c->keep_alive_header = 0;
    c->chunked = 0;
    c->has_length = 0;
    c->remaining = 0;
    c->line_length = 0;
    send_pending_bytes(c);
}

/* Bodies are never kept; the parser only needs to know where each response ends. */
static int header_is(const char *line, const char *name, const char **value) {
    size_t n = strlen(name);
    if (strncasecmp(line, name, n) != 0 || line[n] != ':') {
        return 0;
    }
    const char *v = line + n + 1;
    while (*v == ' ' || *v == '\t') {
        v++;
    }
    *value = v;
    return 1;
}

static int contains_token(const char *value, const char *token) {
    size_t n = strlen(token);
    for (const char *p = value; *p; p++) {
        if (strncasecmp(p, token, n) == 0) {
            return 1;
        }
    }
    return 0;
}

/* One complete line (CR LF stripped, `length` bytes). Returns 0 when the response is malformed. */
static int handle_line(connection *c, char *line, size_t length) {
    if (memchr(line, '\0', length) != NULL) {
        return 0; /* no NUL belongs in a status line, a header or a chunk size */
    }
    switch (c->parse) {
    case P_STATUS: {
        if (strncmp(line, "HTTP/1.", 7) != 0 || (line[7] != '0' && line[7] != '1') || line[8] != ' ') {
            return 0;
        }
        c->http10 = line[7] == '0';
        char *end;
        long status = strtol(line + 9, &end, 10);
        if (end == line + 9 || status < 100 || status > 599) {
            return 0;
        }
        c->status = (int) status;
        c->parse = P_HEADERS;
        return 1;
    }
    case P_HEADERS: {
        const char *value;
        if (length > 0) {
            if (header_is(line, "Content-Length", &value)) {
                char *end;
                long long length = strtoll(value, &end, 10);
                if (end == value || length < 0) {
                    return 0;
                }
                c->has_length = 1;
                c->remaining = length;
            } else if (header_is(line, "Transfer-Encoding", &value)) {
                c->chunked = contains_token(value, "chunked");
            } else if (header_is(line, "Connection", &value)) {
                if (contains_token(value, "close")) {
                    c->close_after = 1;
                }
                if (contains_token(value, "keep-alive")) {
                    c->keep_alive_header = 1;
                }
            }
            return 1;
        }
        /* end of the headers */
        if (c->status < 200) { /* 1xx: an interim response, the real one follows */
            c->parse = P_STATUS;
            c->chunked = c->has_length = c->close_after = c->keep_alive_header = 0;
            return 1;
        }
        if (c->status == 204 || c->status == 304) {
            response_complete(c);
        } else if (c->chunked) {
            c->parse = P_CHUNK_SIZE;
        } else if (c->has_length) {
            if (c->remaining == 0) {
                response_complete(c);
            } else {
                c->parse = P_BODY_LENGTH;
            }
        } else {
            c->parse = P_BODY_UNTIL_CLOSE;
            c->close_after = 1;
        }
        return 1;
    }
    case P_CHUNK_SIZE: {
        char *end;
        long long size = strtoll(line, &end, 16);
        if (end == line || size < 0) {
            return 0;
        }
        if (size == 0) {
            c->parse = P_TRAILERS;
        } else {
            c->remaining = size;
            c->parse = P_CHUNK_DATA;
        }
        return 1;
    }
    case P_CHUNK_END:
        if (length > 0) {
            return 0;
        }
        c->parse = P_CHUNK_SIZE;
        return 1;
    case P_TRAILERS:
        if (length == 0) {
            response_complete(c);
        }
        return 1;
    default:
        return 0;
    }
}

/*
 * Feeds received bytes to the parser of a busy connection. Returns 1 while the connection is usable; 0 when it was
 * closed (malformed response, or bytes after the response: nothing is pipelined, so they cannot belong to anything).
 */
static int feed(connection *c, const char *data, size_t length) {
    size_t at = 0;
    while (at < length) {
        if (c->state != C_BUSY) {
            unexpected_bytes++;
            conn_close(c, 0);
            return 0;
        }
        size_t left = length - at;
        switch (c->parse) {
        case P_BODY_LENGTH:
        case P_CHUNK_DATA: {
            size_t take = (int64_t) left < c->remaining ? left : (size_t) c->remaining;
            c->remaining -= (int64_t) take;
            at += take;
            if (c->remaining == 0) {
                if (c->parse == P_BODY_LENGTH) {
                    response_complete(c);
                } else {
                    c->parse = P_CHUNK_END;
                }
            }
            break;
        }
        case P_BODY_UNTIL_CLOSE:
            at = length; /* the end of the body is the end of the connection */
            break;
        default: {
            const char *newline = memchr(data + at, '\n', left);
            size_t take = newline ? (size_t) (newline - (data + at)) + 1 : left;
            size_t room = LINE_CAP - 1 - c->line_length;
            /* Long lines are cut: nothing this parser looks at (status, lengths, chunk sizes) is that long. */
            size_t copy = take < room ? take : room;
            memcpy(c->line + c->line_length, data + at, copy);
            c->line_length += copy;
            at += take;
            if (newline) {
                size_t n = c->line_length;
                while (n > 0 && (c->line[n - 1] == '\n' || c->line[n - 1] == '\r')) {
                    n--;
                }
                c->line[n] = '\0';
                c->line_length = 0;
                if (!handle_line(c, c->line, n)) {
                    malformed++;
                    request_failed(c);
                    return 0;
                }
            }
            break;
        }
        }
    }
    return 1;
}

/* Reads until the socket is drained; `closing` (the peer's FIN was seen) reads on until the end of the stream. */
static void on_readable(connection *c, int closing) {
    static char buffer[READ_BUFFER];
    for (;;) {
        ssize_t n = recv(c->fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            if (c->state != C_BUSY) {
                unexpected_bytes++;
                conn_close(c, 0);
                return;
            }
            if (!feed(c, buffer, (size_t) n)) {
                return;
            }
            if ((size_t) n < sizeof buffer && !closing) {
                return; /* a short read of a stream socket: drained; data arriving later brings a new edge */
            }
        } else if (n == 0) {
            if (c->state == C_BUSY) {
                if (c->parse == P_BODY_UNTIL_CLOSE) {
                    response_complete(c); /* closes: close_after is set */
                } else {
                    request_failed(c);
                }
            } else {
                closed_by_server++; /* an idle keep-alive connection timed out on the server */
                conn_close(c, 0);
            }
            return;
        } else if (errno == EINTR) {
            continue;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return;
        } else {
            if (c->state == C_BUSY) {
                request_failed(c);
            } else {
                conn_close(c, 0);
            }
            return;
        }
    }
}

/* An event of the current socket of a connection (events of a socket closed earlier in the same batch are dropped). */
static void on_event(uint64_t data, uint32_t events) {
    connection *c = &connections[(uint32_t) data];
    int fd = c->fd;
    if (fd < 0 || c->generation != (uint32_t) (data >> 32)) {
        return;
    }
    if (c->state == C_CONNECTING) {
        if (!(events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
            return;
        }
        int error = 0;
        socklen_t length = sizeof error;
        getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0) {
            connect_errors++;
            conn_close(c, RECONNECT_AFTER_FAILURE_NS);
            return;
        }
        idle_push(c);
    }
    if (c->state == C_BUSY && (events & EPOLLOUT) && c->out_offset < c->out_length) {
        send_pending_bytes(c);
        if (c->fd != fd) {
            return; /* the send failed and the connection was replaced */
        }
    }
    if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
        on_readable(c, (events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0);
    }
}

/* Sends every request whose time has come, as long as there are idle connections. */
static void dispatch(void) {
    uint64_t due = 0;
    if (now_ns >= t0) {
        due = (uint64_t) ((double) (now_ns - t0) * rate / (double) NS_PER_S) + 1;
        while (due < total && due_time(due) <= now_ns) { /* rounding of the division */
            due++;
        }
        while (due > 0 && due_time(due - 1) > now_ns) {
            due--;
        }
        if (due > total) {
            due = total;
        }
    }
    while (next_send < due && idle_count > 0) {
        connection *c = &connections[idle[--idle_count]];
        start_request(c, next_send++);
    }
    if (due > next_send && due - next_send > max_queue) {
        max_queue = due - next_send;
    }
}

static int wait_events(struct epoll_event *events, int64_t timeout_ns) {
#ifdef SYS_epoll_pwait2
    static int no_pwait2;
    if (!no_pwait2) {
        struct timespec ts;
        struct timespec *tsp = NULL;
        if (timeout_ns >= 0) {
            ts.tv_sec = timeout_ns / NS_PER_S;
            ts.tv_nsec = timeout_ns % NS_PER_S;
            tsp = &ts;
        }
        int n = (int) syscall(SYS_epoll_pwait2, epoll_fd, events, MAX_EVENTS, tsp, NULL, 0);
        if (n >= 0 || errno != ENOSYS) {
            return n;
        }
        no_pwait2 = 1;
    }
#endif
    int ms = timeout_ns < 0 ? -1 : (int) ((timeout_ns + NS_PER_MS - 1) / NS_PER_MS);
    return epoll_wait(epoll_fd, events, MAX_EVENTS, ms);
}

static double cpu_seconds(const struct rusage *u, int system) {
    const struct timeval *t = system ? &u->ru_stime : &u->ru_utime;
    return (double) t->tv_sec + (double) t->tv_usec / 1e6;
}

/* --------------------------------------------------------------------------------------------------------------
 * Requests
 * ------------------------------------------------------------------------------------------------------------ */
static char *build_request(const char *path, size_t path_length, const char *token, size_t token_length,
                           size_t *length) {
    size_t capacity = path_length + token_length + strlen(host) + strlen(port) + 128;
    for (int i = 0; i < header_count; i++) {
        capacity += strlen(headers[i]) + 2;
    }
    char *text = malloc(capacity);
    if (!text) {
        die("out of memory");
    }
    int n = snprintf(text, capacity, "GET %.*s HTTP/1.1\r\nHost: %s:%s\r\nUser-Agent: ratebench\r\n",
                     (int) path_length, path, host, port);
    if (token_length > 0) {
        n += snprintf(text + n, capacity - (size_t) n, "Authorization: Bearer %.*s\r\n", (int) token_length, token);
    }
    for (int i = 0; i < header_count; i++) {
        n += snprintf(text + n, capacity - (size_t) n, "%s\r\n", headers[i]);
    }
    n += snprintf(text + n, capacity - (size_t) n, "\r\n");
    *length = (size_t) n;
    return text;
}

static void load_requests(void) {
    if (single_path) {
        requests = calloc(1, sizeof *requests);
        requests[0].text = build_request(single_path, strlen(single_path), "", 0, &requests[0].length);
        request_count = 1;
        return;
    }
    FILE *file = fopen(requests_file, "r");
    if (!file) {
        die_errno(requests_file);
    }
    size_t capacity = 1024;
    requests = malloc(capacity * sizeof *requests);
    char *line = NULL;
    size_t line_capacity = 0;
    ssize_t read;
    while ((read = getline(&line, &line_capacity, file)) >= 0) {
        while (read > 0 && (line[read - 1] == '\n' || line[read - 1] == '\r')) {
            line[--read] = '\0';
        }
        if (read == 0 || line[0] == '#') {
            continue;
        }
        char *tab = strchr(line, '\t');
        size_t path_length = tab ? (size_t) (tab - line) : (size_t) read;
        const char *token = tab ? tab + 1 : "";
        if (line[0] != '/') {
            fprintf(stderr, "ratebench: %s: a line must start with a path (/...): %s\n", requests_file, line);
            exit(2);
        }
        if (request_count == capacity) {
            capacity *= 2;
            requests = realloc(requests, capacity * sizeof *requests);
            if (!requests) {
                die("out of memory");
            }
        }
        request_text *r = &requests[request_count++];
        r->text = build_request(line, path_length, token, strlen(token), &r->length);
    }
    free(line);
    fclose(file);
    if (request_count == 0) {
        fprintf(stderr, "ratebench: %s holds no requests\n", requests_file);
        exit(2);
    }
}

static void resolve(void) {
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM};
    struct addrinfo *found;
    int error = getaddrinfo(host, port, &hints, &found);
    if (error != 0) {
        fprintf(stderr, "ratebench: cannot resolve %s:%s: %s\n", host, port, gai_strerror(error));
        exit(1);
    }
    memcpy(&address, found->ai_addr, found->ai_addrlen);
    address_length = found->ai_addrlen;
    address_family = found->ai_family;
    freeaddrinfo(found);
}

static void usage(void) {
    fprintf(stderr,
            "usage: ratebench [--host H] --port P --rate R --duration S [--warmup S] [--connections N]\n"
            "                 (--requests FILE | --path /p) [--header 'Name: value']... [--deadline S]\n"
            "  --rate         requests per second, on a fixed timeline (request i due at t0 + i/rate)\n"
            "  --duration     the measured window in seconds; --warmup seconds before it are sent but not recorded\n"
            "  --connections  keep-alive connections (default 16); a due request waits for an idle one\n"
            "  --requests     lines 'path' or 'path<TAB>bearer token', used in turn\n"
            "  --deadline     seconds after the window to wait for answers (default 10); the rest count as unanswered\n");
    exit(2);
}

static double positive_number(const char *text, const char *name, int zero_allowed) {
    char *end;
    double value = strtod(text, &end);
    if (end == text || *end != '\0' || value < 0 || (!zero_allowed && value == 0)) {
        fprintf(stderr, "ratebench: --%s needs a %s number, not '%s'\n", name, zero_allowed ? "non-negative"
                : "positive", text);
        exit(2);
    }
    return value;
}

static void parse_arguments(int argc, char **argv) {
    static const struct option options[] = {
        {"host", required_argument, NULL, 'h'},
        {"port", required_argument, NULL, 'p'},
        {"rate", required_argument, NULL, 'r'},
        {"duration", required_argument, NULL, 'd'},
        {"warmup", required_argument, NULL, 'w'},
        {"connections", required_argument, NULL, 'c'},
        {"requests", required_argument, NULL, 'f'},
        {"path", required_argument, NULL, 'u'},
        {"header", required_argument, NULL, 'H'},
        {"deadline", required_argument, NULL, 't'},
        {"help", no_argument, NULL, '?'},
        {NULL, 0, NULL, 0},
    };
    int option;
    while ((option = getopt_long(argc, argv, "h:p:r:d:w:c:f:u:H:t:", options, NULL)) != -1) {
        switch (option) {
        case 'h': host = optarg; break;
        case 'p': port = optarg; break;
        case 'r': rate = positive_number(optarg, "rate", 0); break;
        case 'd': duration_s = positive_number(optarg, "duration", 0); break;
        case 'w': warmup_s = positive_number(optarg, "warmup", 1); break;
        case 'c': connection_count = (int) positive_number(optarg, "connections", 0); break;
        case 'f': requests_file = optarg; break;
        case 'u': single_path = optarg; break;
        case 'H':
            if (header_count == MAX_HEADERS) {
                fprintf(stderr, "ratebench: at most %d --header\n", MAX_HEADERS);
                exit(2);
            }
            headers[header_count++] = optarg;
            break;
        case 't': deadline_s = positive_number(optarg, "deadline", 1); break;
        default: usage();
        }
    }
    if (optind != argc || (requests_file == NULL) == (single_path == NULL)) {
        usage();
    }
    if (connection_count < 1 || connection_count > MAX_CONNECTIONS) {
        fprintf(stderr, "ratebench: --connections between 1 and %d\n", MAX_CONNECTIONS);
        exit(2);
    }
}

/* Marks the measured window's start or end: when, the CPU used so far, and a line for whoever watches stdout. */
static void mark_window(const char *which, int64_t now, int64_t *at, struct rusage *usage) {
    *at = now;
    getrusage(RUSAGE_SELF, usage);
    printf("ratebench-window %s\n", which);
    fflush(stdout);
}

int main(int argc, char **argv) {
    parse_arguments(argc, argv);
    signal(SIGPIPE, SIG_IGN);
    load_requests();
    resolve();
    epoll_fd = epoll_create1(EPOLL_CLOEXEC);
    if (epoll_fd < 0) {
        die_errno("epoll_create1");
    }
    connections = calloc((size_t) connection_count, sizeof *connections);
    idle = calloc((size_t) connection_count, sizeof *idle);
    if (!connections || !idle) {
        die("out of memory");
    }
    struct epoll_event events[MAX_EVENTS];

    /* Connect everything first (at most 5 s): setting up connections is not what is measured. */
    now_ns = monotonic_ns();
    for (int i = 0; i < connection_count; i++) {
        connections[i].index = i;
        connections[i].fd = -1;
        conn_open(&connections[i]);
    }
    int64_t connect_deadline = now_ns + 5 * NS_PER_S;
    while (idle_count < connection_count && now_ns < connect_deadline) {
        int n = wait_events(events, 10 * NS_PER_MS);
        now_ns = monotonic_ns();
        for (int e = 0; e < n; e++) {
            on_event(events[e].data.u64, events[e].events);
        }
        for (int i = 0; down_count > 0 && i < connection_count; i++) {
            if (connections[i].state == C_DOWN && connections[i].retry_at <= now_ns) {
                down_count--;
                conn_open(&connections[i]);
            }
        }
    }

    warm_total = (uint64_t) (warmup_s * rate + 0.5);
    uint64_t measured_total = (uint64_t) (duration_s * rate + 0.5);
    if (measured_total == 0) {
        measured_total = 1;
    }
    total = warm_total + measured_total;
    now_ns = monotonic_ns();
    t0 = now_ns + NS_PER_MS;
    window_start = due_time(warm_total);
    window_end = due_time(total);
    int64_t deadline = window_end + (int64_t) (deadline_s * (double) NS_PER_S);
    int window_started = 0, window_ended = 0;
    int64_t window_started_at = 0, window_ended_at = 0;
    struct rusage run_start, usage_window_start, usage_window_end, run_end;
    getrusage(RUSAGE_SELF, &run_start);
    usage_window_start = usage_window_end = run_start;

    for (;;) {
        now_ns = monotonic_ns();
        if (!window_started && now_ns >= window_start) {
            window_started = 1;
            mark_window("start", now_ns, &window_started_at, &usage_window_start);
        }
        if (!window_ended && now_ns >= window_end) {
            window_ended = 1;
            mark_window("end", now_ns, &window_ended_at, &usage_window_end);
        }
        dispatch();
        if (down_count > 0) {
            for (int i = 0; i < connection_count; i++) {
                if (connections[i].state == C_DOWN && connections[i].retry_at <= now_ns) {
                    down_count--;
                    reconnects++;
                    conn_open(&connections[i]);
                }
            }
            dispatch();
        }
        uint64_t done = warm_done + ok + err_status + err_io;
        if (window_ended && (done == total || now_ns >= deadline)) {
            break;
        }
        /* Sleep until the next thing that has a time: a request falling due, a window edge, a reconnect, the end. */
        int64_t wake = INT64_MAX;
        if (next_send < total && due_time(next_send) > now_ns) {
            wake = due_time(next_send);
        }
        if (!window_started && window_start < wake) {
            wake = window_start;
        }
        if (!window_ended && window_end < wake) {
            wake = window_end;
        }
        if (window_ended && deadline < wake) {
            wake = deadline;
        }
        if (down_count > 0) {
            for (int i = 0; i < connection_count; i++) {
                if (connections[i].state == C_DOWN && connections[i].retry_at < wake) {
                    wake = connections[i].retry_at;
                }
            }
        }
        int64_t timeout = wake == INT64_MAX ? -1 : (wake > now_ns ? wake - now_ns : 0);
        int n = wait_events(events, timeout);
        if (n < 0 && errno != EINTR) {
            die_errno("epoll_wait");
        }
        now_ns = monotonic_ns();
        for (int e = 0; e < n; e++) {
            on_event(events[e].data.u64, events[e].events);
        }
    }
    getrusage(RUSAGE_SELF, &run_end);

    uint64_t measured_answered = ok + err_status + err_io;
    uint64_t err_unanswered = measured_total - measured_answered;
    uint64_t unsent = total - (next_send > warm_total ? next_send : warm_total); /* of the window's requests */
    double window_seconds = (double) (window_end - window_start) / (double) NS_PER_S;
    double marker_lag_ms = (double) ((window_started_at - window_start) > (window_ended_at - window_end)
                                     ? window_started_at - window_start : window_ended_at - window_end) / 1e6;
    double cpu_user = cpu_seconds(&usage_window_end, 0) - cpu_seconds(&usage_window_start, 0);
    double cpu_sys = cpu_seconds(&usage_window_end, 1) - cpu_seconds(&usage_window_start, 1);
    double run_user = cpu_seconds(&run_end, 0) - cpu_seconds(&run_start, 0);
    double run_sys = cpu_seconds(&run_end, 1) - cpu_seconds(&run_start, 1);

    printf("ratebench rate=%.3f duration_s=%.3f warmup_s=%.3f connections=%d request_lines=%zu"
           " scheduled=%llu ok=%llu err_status=%llu err_io=%llu err_unanswered=%llu unanswered_unsent=%llu"
           " connect_errors=%llu reconnects=%llu closed_by_server=%llu unexpected_bytes=%llu malformed=%llu"
           " warmup_scheduled=%llu warmup_failed=%llu warmup_unanswered=%llu"
           " window_s=%.3f window_responses=%llu achieved_rate=%.1f max_queue=%llu window_marker_lag_ms=%.3f"
           " p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f mean_ms=%.3f"
           " cpu_window_user_s=%.3f cpu_window_sys_s=%.3f cpu_us_per_window_response=%.1f"
           " cpu_run_user_s=%.3f cpu_run_sys_s=%.3f statuses=",
           rate, duration_s, warmup_s, connection_count, request_count,
           (unsigned long long) measured_total, (unsigned long long) ok, (unsigned long long) err_status,
           (unsigned long long) err_io, (unsigned long long) err_unanswered, (unsigned long long) unsent,
           (unsigned long long) connect_errors, (unsigned long long) reconnects,
           (unsigned long long) closed_by_server, (unsigned long long) unexpected_bytes,
           (unsigned long long) malformed,
           (unsigned long long) warm_total, (unsigned long long) warm_failed,
           (unsigned long long) (warm_total - warm_done),
           window_seconds, (unsigned long long) window_responses,
           window_seconds > 0 ? (double) window_responses / window_seconds : 0.0, (unsigned long long) max_queue,
           marker_lag_ms,
           histogram_percentile(&latency, 50) / 1e6, histogram_percentile(&latency, 90) / 1e6,
           histogram_percentile(&latency, 99) / 1e6, histogram_percentile(&latency, 99.9) / 1e6,
           (double) latency.max / 1e6, latency.total ? latency.sum / (double) latency.total / 1e6 : 0.0,
           cpu_user, cpu_sys, window_responses ? (cpu_user + cpu_sys) * 1e6 / (double) window_responses : 0.0,
           run_user, run_sys);
    int first = 1;
    for (int s = 0; s < 600; s++) {
        if (status_counts[s]) {
            printf("%s%d:%llu", first ? "" : ",", s, (unsigned long long) status_counts[s]);
            first = 0;
        }
    }
    printf("%s\n", first ? "none" : "");
    return 0;
}
