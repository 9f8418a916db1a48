package nl.werkpad.kernel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Variables that say who and where a journey is (the person, the municipality, the journey number, its
 * zaken, the model versions): Werkpad's own code writes them, within {@link #write}, and nobody else,
 * whatever API carries the attempt. A start may give its {@link Owner#startInputs()}. The engine-level
 * guard (history events) and the model sandbox both ask this one list.
 */
@Component
public class ProtectedVariables {

  /** A capability whose variables are protected. */
  public interface Owner {

    Set<String> protectedVariables();

    /** Of those, what a journey's start may bring along (the BSN and municipality of a start form). */
    default Set<String> startInputs() {
      return Set.of();
    }
  }

  private static final ThreadLocal<int[]> WRITING = ThreadLocal.withInitial(() -> new int[1]);

  private final Set<String> names = new HashSet<>();
  private final Set<String> startInputs = new HashSet<>();

  public ProtectedVariables(List<Owner> owners) {
    owners.forEach(owner -> {
      names.addAll(owner.protectedVariables());
      startInputs.addAll(owner.startInputs());
    });
  }

  public boolean isProtected(String name) {
    return names.contains(name);
  }

  public boolean isStartInput(String name) {
    return startInputs.contains(name);
  }

  public Set<String> names() {
    return Set.copyOf(names);
  }

  /** Werkpad's own code writes protected variables here: a registration, a zaak made, a corrected BSN. */
  public static void write(Runnable work) {
    write(() -> {
      work.run();
      return null;
    });
  }

  public static <T> T write(Supplier<T> work) {
    int[] depth = WRITING.get();
    depth[0]++;
    try {
      return work.get();
    } finally {
      depth[0]--;
    }
  }

  /** Whether the current thread is in {@link #write}. */
  public static boolean writing() {
    return WRITING.get()[0] > 0;
  }
}
