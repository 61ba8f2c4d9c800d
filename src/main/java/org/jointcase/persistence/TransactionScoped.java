package org.jointcase.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: made on first use, handed to {@code beforeCommit} just
 * before the transaction commits, and let go when it completes either way. What the modules keep this way is either
 * read once per transaction (what another transaction changes meanwhile it would not see anyway before it commits) or
 * written once at its end.
 */
public final class TransactionScoped {

	private TransactionScoped() {
	}

	/**
	 * The value of the current transaction under {@code key} (made by {@code factory} the first time), or
	 * {@code null} outside a transaction, where the caller reads or writes directly.
	 */
	public static <T> T value(Object key, Supplier<T> factory, Consumer<T> beforeCommit) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		@SuppressWarnings("unchecked")
		T value = (T) TransactionSynchronizationManager.getResource(key);
		if (value == null) {
			T fresh = factory.get();
			TransactionSynchronizationManager.bindResource(key, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					beforeCommit.accept(fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResource(key);
				}
			});
			value = fresh;
		}
		return value;
	}

	/**
	 * What {@code load} answers for {@code id}, loaded once per transaction under {@code owner} (a repository keeps
	 * its reads apart from another's); outside a transaction, loaded every time. {@code null} is kept like any
	 * other answer.
	 */
	public static <K, V> V once(Object owner, K id, Function<? super K, ? extends V> load) {
		Map<K, V> read = value(owner, HashMap::new, done -> {
		});
		if (read == null) {
			return load.apply(id);
		}
		if (!read.containsKey(id)) {
			read.put(id, load.apply(id));
		}
		return read.get(id);
	}

	/** Forgets what {@link #once} kept for {@code id} in this transaction: written or locked, it is loaded again. */
	public static void forget(Object owner, Object id) {
		Map<?, ?> read = value(owner, HashMap::new, done -> {
		});
		if (read != null) {
			read.remove(id);
		}
	}

	/** Runs {@code action} once the current transaction has committed (at once outside a transaction). */
	public static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}
}
