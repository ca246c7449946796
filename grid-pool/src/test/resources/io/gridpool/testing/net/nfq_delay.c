/*
 * nfq_delay QUEUE DELAY_US JITTER_US
 *
 * Serves one NFQUEUE queue of the test network (io.gridpool.testing.net.NetLab): holds each packet
 * for DELAY_US microseconds, plus or minus a uniform jitter of up to JITTER_US, then accepts it.
 * The kernel here has no netem qdisc, so the delay of a test host's link is made this way. Packets
 * leave in the order they came (a packet never overtakes the one before it, as on a real link
 * without reordering), so a packet may wait a little longer than its own draw when the one before
 * it drew more. Only the packet's metadata is copied to this program; the verdicts are given in
 * batches (every packet up to an id at once).
 *
 * Prints "READY" once it serves the queue, and exits when its standard input closes (its parent,
 * the test JVM, ended) or on SIGTERM.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <linux/netfilter.h>
#include <libnetfilter_queue/libnetfilter_queue.h>

#define CAPACITY 65536u

struct held {
    uint32_t id;
    int64_t release_ns;
};

static struct held ring[CAPACITY];
static uint32_t head, count;
static int64_t delay_ns, jitter_ns, last_release_ns;
static uint64_t seed = 0x9E3779B97F4A7C15ull;
static volatile sig_atomic_t stopping;

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* xorshift64*: uniform enough for a jitter, and no libc state shared with anything */
static int64_t draw_jitter(void) {
    if (jitter_ns == 0) {
        return 0;
    }
    seed ^= seed >> 12;
    seed ^= seed << 25;
    seed ^= seed >> 27;
    uint64_t r = seed * 2685821657736338717ull;
    return (int64_t) (r % (uint64_t) (2 * jitter_ns + 1)) - jitter_ns;
}

static int on_packet(struct nfq_q_handle *queue, struct nfgenmsg *msg, struct nfq_data *data, void *unused) {
    (void) msg;
    (void) unused;
    struct nfqnl_msg_packet_hdr *header = nfq_get_msg_packet_hdr(data);
    if (header == NULL) {
        return 0;
    }
    uint32_t id = ntohl(header->packet_id);
    if (count == CAPACITY) {
        /* never seen at test rates; letting the packet through beats stalling the link */
        return nfq_set_verdict(queue, id, NF_ACCEPT, 0, NULL);
    }
    int64_t release = now_ns() + delay_ns + draw_jitter();
    if (release < last_release_ns) {
        release = last_release_ns;
    }
    last_release_ns = release;
    ring[(head + count) % CAPACITY] = (struct held) {id, release};
    count++;
    return 0;
}

/* Accepts every packet whose time has come, with one verdict for all of them. */
static void release_due(struct nfq_q_handle *queue) {
    int64_t now = now_ns();
    uint32_t last = 0;
    int any = 0;
    while (count > 0 && ring[head].release_ns <= now) {
        last = ring[head].id;
        any = 1;
        head = (head + 1) % CAPACITY;
        count--;
    }
    if (any) {
        nfq_set_verdict_batch(queue, last, NF_ACCEPT);
    }
}

static void on_signal(int signal) {
    (void) signal;
    stopping = 1;
}

static int fail(const char *what) {
    fprintf(stderr, "nfq_delay: %s: %s\n", what, strerror(errno));
    return 1;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: nfq_delay QUEUE DELAY_US JITTER_US\n");
        return 2;
    }
    uint16_t number = (uint16_t) atoi(argv[1]);
    delay_ns = atoll(argv[2]) * 1000;
    jitter_ns = atoll(argv[3]) * 1000;
    if (jitter_ns > delay_ns) {
        jitter_ns = delay_ns;
    }
    seed ^= (uint64_t) number * 0x100000001B3ull ^ (uint64_t) getpid();
    /* wake up when the first packet is due, not up to 50 µs later, the default slack of a timer */
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);

    struct nfq_handle *handle = nfq_open();
    if (handle == NULL) {
        return fail("nfq_open");
    }
    nfq_bind_pf(handle, AF_INET); /* a no-op on current kernels, needed on old ones */
    struct nfq_q_handle *queue = nfq_create_queue(handle, number, on_packet, NULL);
    if (queue == NULL) {
        return fail("nfq_create_queue (is another program serving this queue?)");
    }
    if (nfq_set_mode(queue, NFQNL_COPY_META, 0) < 0) {
        return fail("nfq_set_mode");
    }
    nfq_set_queue_maxlen(queue, CAPACITY);
    int fd = nfq_fd(handle);
    nfnl_rcvbufsiz(nfq_nfnlh(handle), 16 * 1024 * 1024);
    int on = 1;
    setsockopt(fd, SOL_NETLINK, NETLINK_NO_ENOBUFS, &on, sizeof on);
    printf("READY\n");
    fflush(stdout);

    char buffer[65536];
    struct pollfd watched[2] = {{fd, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
    while (!stopping) {
        release_due(queue);
        struct timespec wait = {1, 0};
        if (count > 0) {
            int64_t left = ring[head].release_ns - now_ns();
            if (left < 0) {
                left = 0;
            }
            wait.tv_sec = left / 1000000000;
            wait.tv_nsec = left % 1000000000;
        }
        int ready = ppoll(watched, 2, &wait, NULL);
        if (ready < 0 && errno != EINTR) {
            return fail("ppoll");
        }
        if (watched[1].revents != 0) {
            char ignored[64];
            if (read(STDIN_FILENO, ignored, sizeof ignored) <= 0) {
                break;
            }
        }
        if (watched[0].revents & POLLIN) {
            ssize_t got;
            while ((got = recv(fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0) {
                nfq_handle_packet(handle, buffer, (int) got);
            }
        }
    }
    /* the packets still held go through before the queue goes: nothing is lost by stopping */
    if (count > 0) {
        nfq_set_verdict_batch(queue, ring[(head + count - 1) % CAPACITY].id, NF_ACCEPT);
    }
    nfq_destroy_queue(queue);
    nfq_close(handle);
    return 0;
}
