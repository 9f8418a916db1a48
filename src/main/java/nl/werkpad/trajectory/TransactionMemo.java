package nl.werkpad.trajectory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers what was read for the rest of the transaction it was read in, so that one step of a process
 * that asks the same thing from several timers and gateways reads it once. Outside a transaction it
 * remembers nothing; a transaction suspended for another keeps its own values and gets them back.
 */
final class TransactionMemo<K, V> {

  private final Object resource = new Object();

  V get(K key, Supplier<V> load) {
    Map<K, V> values = values();
    if (values == null) {
      return load.get();
    }
    V value = values.get(key);
    if (value == null) {
      value = load.get();
      values.put(key, value);
    }
    return value;
  }

  /** What this transaction changed, so that it reads its own change. */
  void put(K key, V value) {
    Map<K, V> values = values();
    if (values != null) {
      values.put(key, value);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<K, V> values() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return null;
    }
    Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(resource);
    if (values == null) {
      Map<K, V> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(resource, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResource(resource);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(resource, created);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(resource);
        }
      });
      values = created;
    }
    return values;
  }
}
