package org.whatworks.network;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * In preview mode, checks the preview folders for changed files on one background thread
 * and has {@link NetworkContent} load the changed centres again. Does nothing when
 * preview mode is off.
 */
class PreviewWatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(PreviewWatcher.class);

	private final NetworkContent content;

	private final Duration interval;

	private ScheduledExecutorService executor;

	PreviewWatcher(NetworkContent content, Duration interval) {
		this.content = content;
		this.interval = interval;
	}

	@Override
	public synchronized void start() {
		if (!this.content.previewActive() || this.executor != null) {
			return;
		}
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "whatworks-preview");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.interval.toMillis();
		this.executor.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
		logger.info("Preview: watching " + this.content.previewFolders().values() + " every " + this.interval);
	}

	private void check() {
		try {
			this.content.refreshPreview();
		}
		catch (RuntimeException ex) {
			logger.error("Preview: reload failed; still serving the last good content", ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdown();
			try {
				if (!this.executor.awaitTermination(30, TimeUnit.SECONDS)) {
					this.executor.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
