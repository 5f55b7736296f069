package org.policyset.cli;

import java.net.SocketPermission;
import java.net.URLPermission;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A security manager that allows everything except the network: any socket permission (resolve,
 * connect, listen, accept) and any URL permission is refused and recorded. Installed with
 * {@code -Djava.security.manager=org.policyset.cli.NoNetworkSecurityManager}, which Java 17 still
 * honours (with a deprecation warning); Java 18 and later need {@code -Djava.security.manager=allow}
 * and {@link System#setSecurityManager} instead, and a later Java none at all.
 */
@SuppressWarnings("removal")
public final class NoNetworkSecurityManager extends SecurityManager {
  /** Every network permission asked for, in order. */
  static final List<String> DENIED = new CopyOnWriteArrayList<>();

  @Override
  public void checkPermission(Permission perm) {
    if (perm instanceof SocketPermission || perm instanceof URLPermission) {
      DENIED.add(perm.toString());
      throw new SecurityException("network access refused in this test: " + perm);
    }
  }

  @Override
  public void checkPermission(Permission perm, Object context) {
    checkPermission(perm);
  }
}
