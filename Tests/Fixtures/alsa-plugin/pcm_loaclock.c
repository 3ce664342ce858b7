/*
 * loaclock: a test-only ALSA PCM that stands in for a sound card on machines that have none.
 *
 * Written by hand because nothing in alsa-lib does this: the `null` and `file` PCMs accept data as fast
 * as it comes, so they never underrun and anyone may open them at once. This one, built on alsa-lib's
 * external-plugin SDK (ioplug), keeps the two properties of real hardware the player must cope with:
 *   - it plays at its rate by the clock (CLOCK_MONOTONIC from the moment it starts): a writer that falls
 *     behind finds the buffer played out and gets EPIPE, as from a card's interrupt;
 *   - with `lock FILE`, one opener at a time holds it (an flock), and a second gets EBUSY at once, as
 *     from a hw device that another program has open.
 * Every frame it is given is appended to `file`, so a test can check what reached the "card". With
 * `unplug FILE`, the first write after FILE appears fails with ENODEV and removes FILE: a card that
 * drops out for a moment (a USB sound card's cable) and is back for whoever opens it next. With
 * `stamp FILE`, each start (the first period written: the first sample begins to play) appends its
 * CLOCK_REALTIME in nanoseconds to FILE, one line each: when the first sample reached the card, taken in
 * the writer's own call, with no reader process's scheduling in between. With `onset FILE`, each opening
 * in which a non-zero sample plays appends, once, the CLOCK_REALTIME instant in nanoseconds at which
 * its first non-zero frame plays: the start's instant plus that frame's place after the start at the
 * card's rate, exact to the nanosecond (not rounded to a period, nor to a reader's poll), so a
 * benchmark can tell a start to the microsecond even when a sequence begins with silence.
 *
 *   pcm_type.loaclock { lib "/path/libasound_module_pcm_loaclock.so" }
 *   pcm.card { type loaclock  file "/tmp/out.raw"  lock "/tmp/card.lock"  unplug "/tmp/unplug"  stamp "/tmp/starts"
 *              onset "/tmp/onsets" }
 * Empty strings mean "none" (so a configuration can give them defaults).
 * Build: cc -shared -fPIC -DPIC -o libasound_module_pcm_loaclock.so pcm_loaclock.c -lasound
 */
#include <alsa/asoundlib.h>
#include <alsa/pcm_external.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

typedef struct {
	snd_pcm_ioplug_t io;
	int timer_fd;
	int lock_fd;
	int out_fd;
	int stamp_fd;
	int onset_fd;
	char *unplug;
	snd_pcm_uframes_t written; /* frames given since the last prepare */
	int running;
	struct timespec started;
	int64_t started_wall_ns; /* CLOCK_REALTIME at the last start */
	/* The first non-zero frame of this opening: -1 while none was given, else its place in the frames
	 * given since the last prepare; `onset_done` once its instant is written. */
	int64_t onset_frame;
	int onset_done;
} loaclock_t;

static int64_t wall_ns(void)
{
	struct timespec wall;
	clock_gettime(CLOCK_REALTIME, &wall);
	return (int64_t)wall.tv_sec * 1000000000 + wall.tv_nsec;
}

static void write_ns(int fd, int64_t ns)
{
	char line[32];
	int len = snprintf(line, sizeof line, "%lld\n", (long long)ns);
	if (write(fd, line, (size_t)len) < 0) { /* a test reads what is there */ }
}

/* Once both are known (the card started, and the first non-zero frame was given), when that frame plays. */
static void note_onset(loaclock_t *c)
{
	if (c->onset_fd < 0 || c->onset_done || !c->running || c->onset_frame < 0)
		return;
	c->onset_done = 1;
	write_ns(c->onset_fd, c->started_wall_ns + c->onset_frame * 1000000000 / (int64_t)c->io.rate);
}

static snd_pcm_uframes_t played_frames(const loaclock_t *c)
{
	struct timespec now;
	if (!c->running)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, &now);
	int64_t ns = (int64_t)(now.tv_sec - c->started.tv_sec) * 1000000000 + (now.tv_nsec - c->started.tv_nsec);
	return (snd_pcm_uframes_t)(ns * (int64_t)c->io.rate / 1000000000);
}

/* Readable at once (not running: room is there) or every period (running). */
static void arm(loaclock_t *c, int64_t first_ns, int64_t every_ns)
{
	struct itimerspec spec = {
		.it_value = { first_ns / 1000000000, first_ns % 1000000000 },
		.it_interval = { every_ns / 1000000000, every_ns % 1000000000 },
	};
	timerfd_settime(c->timer_fd, 0, &spec, NULL);
}

static int64_t period_ns(const loaclock_t *c)
{
	return (int64_t)c->io.period_size * 1000000000 / c->io.rate;
}

static int lc_start(snd_pcm_ioplug_t *io)
{
	loaclock_t *c = io->private_data;
	clock_gettime(CLOCK_MONOTONIC, &c->started);
	c->started_wall_ns = wall_ns();
	if (c->stamp_fd >= 0)
		write_ns(c->stamp_fd, c->started_wall_ns);
	c->running = 1;
	note_onset(c);
	arm(c, period_ns(c), period_ns(c));
	return 0;
}

static int lc_stop(snd_pcm_ioplug_t *io)
{
	loaclock_t *c = io->private_data;
	c->running = 0;
	arm(c, 1, 0);
	return 0;
}

static int lc_prepare(snd_pcm_ioplug_t *io)
{
	loaclock_t *c = io->private_data;
	c->written = 0;
	c->running = 0;
	/* A restart after an underrun plays from its own start: a non-zero frame given before it that has
	 * not played yet is looked for again. */
	if (!c->onset_done)
		c->onset_frame = -1;
	arm(c, 1, 0);
	return 0;
}

/* The buffer played out before the writer refilled it: an underrun, unless we are draining. */
static snd_pcm_sframes_t lc_pointer(snd_pcm_ioplug_t *io)
{
	loaclock_t *c = io->private_data;
	snd_pcm_uframes_t played = played_frames(c);
	if (played > c->written) {
		if (io->state != SND_PCM_STATE_DRAINING)
			return -EPIPE;
		played = c->written;
	}
	return (snd_pcm_sframes_t)played; /* BOUNDARY_WA: counted up to the boundary, not the buffer */
}

static snd_pcm_sframes_t lc_transfer(snd_pcm_ioplug_t *io, const snd_pcm_channel_area_t *areas,
				     snd_pcm_uframes_t offset, snd_pcm_uframes_t size)
{
	loaclock_t *c = io->private_data;
	if (c->unplug && unlink(c->unplug) == 0)
		return -ENODEV;
	const char *frames = (const char *)areas[0].addr + (areas[0].first + areas[0].step * offset) / 8;
	size_t frame_bytes = areas[0].step / 8;
	if (c->onset_fd >= 0 && c->onset_frame < 0) {
		for (size_t i = 0; i < size * frame_bytes; i++) {
			if (frames[i]) {
				c->onset_frame = (int64_t)c->written + (int64_t)(i / frame_bytes);
				note_onset(c);
				break;
			}
		}
	}
	if (c->out_fd >= 0) {
		const char *from = frames;
		size_t left = size * frame_bytes;
		while (left > 0) {
			ssize_t n = write(c->out_fd, from, left);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				return -EIO;
			from += n;
			left -= (size_t)n;
		}
	}
	c->written += size;
	return (snd_pcm_sframes_t)size;
}

static int lc_poll_revents(snd_pcm_ioplug_t *io, struct pollfd *pfd, unsigned int nfds, unsigned short *revents)
{
	loaclock_t *c = io->private_data;
	uint64_t ticks;
	(void)pfd;
	(void)nfds;
	if (read(c->timer_fd, &ticks, sizeof ticks) < 0 && errno != EAGAIN)
		return -errno;
	if (!c->running) {
		arm(c, 1, 0);
		*revents = POLLOUT;
		return 0;
	}
	snd_pcm_uframes_t played = played_frames(c);
	if (played > c->written) {
		/* Not POLLERR: ioplug has not seen the underrun yet (only `pointer` tells it), so snd_pcm_wait
		 * would answer EIO. The writer's next write meets the EPIPE, as on a card. */
		*revents = POLLOUT;
		return 0;
	}
	*revents = io->buffer_size - (c->written - played) >= io->period_size ? POLLOUT : 0;
	return 0;
}

static int lc_close(snd_pcm_ioplug_t *io)
{
	loaclock_t *c = io->private_data;
	if (c->out_fd >= 0)
		close(c->out_fd);
	if (c->lock_fd >= 0)
		close(c->lock_fd); /* releases the flock */
	if (c->stamp_fd >= 0)
		close(c->stamp_fd);
	if (c->onset_fd >= 0)
		close(c->onset_fd);
	close(c->timer_fd);
	free(c->unplug);
	free(c);
	return 0;
}

static const snd_pcm_ioplug_callback_t callbacks = {
	.start = lc_start,
	.stop = lc_stop,
	.pointer = lc_pointer,
	.transfer = lc_transfer,
	.close = lc_close,
	.prepare = lc_prepare,
	.poll_revents = lc_poll_revents,
};

static int constrain(snd_pcm_ioplug_t *io)
{
	static const unsigned int access[] = { SND_PCM_ACCESS_RW_INTERLEAVED };
	static const unsigned int formats[] = { SND_PCM_FORMAT_S16_LE };
	int err;
	if ((err = snd_pcm_ioplug_set_param_list(io, SND_PCM_IOPLUG_HW_ACCESS, 1, access)) < 0 ||
	    (err = snd_pcm_ioplug_set_param_list(io, SND_PCM_IOPLUG_HW_FORMAT, 1, formats)) < 0 ||
	    (err = snd_pcm_ioplug_set_param_minmax(io, SND_PCM_IOPLUG_HW_CHANNELS, 1, 8)) < 0 ||
	    (err = snd_pcm_ioplug_set_param_minmax(io, SND_PCM_IOPLUG_HW_RATE, 8000, 192000)) < 0 ||
	    (err = snd_pcm_ioplug_set_param_minmax(io, SND_PCM_IOPLUG_HW_PERIOD_BYTES, 64, 1 << 20)) < 0 ||
	    (err = snd_pcm_ioplug_set_param_minmax(io, SND_PCM_IOPLUG_HW_PERIODS, 2, 64)) < 0)
		return err;
	return 0;
}

SND_PCM_PLUGIN_DEFINE_FUNC(loaclock)
{
	snd_config_iterator_t i, next;
	const char *file = NULL, *lock = NULL, *unplug = NULL, *stamp = NULL, *onset = NULL;
	loaclock_t *c;
	int err;
	(void)root;

	snd_config_for_each(i, next, conf) {
		snd_config_t *n = snd_config_iterator_entry(i);
		const char *id;
		if (snd_config_get_id(n, &id) < 0)
			continue;
		if (!strcmp(id, "comment") || !strcmp(id, "type") || !strcmp(id, "hint"))
			continue;
		if (!strcmp(id, "file") && snd_config_get_string(n, &file) >= 0)
			continue;
		if (!strcmp(id, "lock") && snd_config_get_string(n, &lock) >= 0)
			continue;
		if (!strcmp(id, "unplug") && snd_config_get_string(n, &unplug) >= 0)
			continue;
		if (!strcmp(id, "stamp") && snd_config_get_string(n, &stamp) >= 0)
			continue;
		if (!strcmp(id, "onset") && snd_config_get_string(n, &onset) >= 0)
			continue;
		SNDERR("loaclock: unknown field %s", id);
		return -EINVAL;
	}
	if (stream != SND_PCM_STREAM_PLAYBACK)
		return -EINVAL;

	c = calloc(1, sizeof *c);
	if (!c)
		return -ENOMEM;
	c->out_fd = c->lock_fd = c->stamp_fd = c->onset_fd = -1;
	c->onset_frame = -1;
	if (unplug && *unplug && !(c->unplug = strdup(unplug))) {
		err = -ENOMEM;
		goto fail;
	}
	if (lock && *lock) {
		c->lock_fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
		if (c->lock_fd < 0 || flock(c->lock_fd, LOCK_EX | LOCK_NB) < 0) {
			err = errno == EWOULDBLOCK ? -EBUSY : -errno;
			goto fail;
		}
	}
	if (file && *file) {
		c->out_fd = open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (c->out_fd < 0) {
			err = -errno;
			goto fail;
		}
	}
	if (stamp && *stamp) {
		c->stamp_fd = open(stamp, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (c->stamp_fd < 0) {
			err = -errno;
			goto fail;
		}
	}
	if (onset && *onset) {
		c->onset_fd = open(onset, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (c->onset_fd < 0) {
			err = -errno;
			goto fail;
		}
	}
	c->timer_fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	if (c->timer_fd < 0) {
		err = -errno;
		goto fail;
	}
	c->io.version = SND_PCM_IOPLUG_VERSION;
	c->io.name = "loa test card (clocked, exclusive)";
	c->io.flags = SND_PCM_IOPLUG_FLAG_BOUNDARY_WA | SND_PCM_IOPLUG_FLAG_MONOTONIC;
	c->io.poll_fd = c->timer_fd;
	c->io.poll_events = POLLIN;
	c->io.mmap_rw = 0;
	c->io.callback = &callbacks;
	c->io.private_data = c;
	if ((err = snd_pcm_ioplug_create(&c->io, name, stream, mode)) < 0) {
		close(c->timer_fd);
		goto fail;
	}
	if ((err = constrain(&c->io)) < 0) {
		snd_pcm_ioplug_delete(&c->io); /* calls lc_close, which frees c */
		return err;
	}
	*pcmp = c->io.pcm;
	return 0;

fail:
	free(c->unplug);
	if (c->out_fd >= 0)
		close(c->out_fd);
	if (c->lock_fd >= 0)
		close(c->lock_fd);
	if (c->stamp_fd >= 0)
		close(c->stamp_fd);
	if (c->onset_fd >= 0)
		close(c->onset_fd);
	free(c);
	return err;
}

SND_PCM_PLUGIN_SYMBOL(loaclock);
