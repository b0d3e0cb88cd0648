package pledgegraph.neo4j;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts a Neo4j 5 Community DBMS with only its Bolt connector, bound to 127.0.0.1, for Pledgegraph's default
 * (no NEO4J_URI) mode. It must never listen beyond loopback: it runs without authentication.
 *
 * Usage: java -cp ... pledgegraph.neo4j.Launcher <dataDir> <boltPort>
 *
 * Prints exactly one line "PLEDGEGRAPH_NEO4J_READY bolt://127.0.0.1:PORT" once Bolt accepts connections, so the
 * parent process can wait for it. Shutdown runs on SIGTERM/SIGINT (a JVM shutdown hook) and also when standard
 * input closes, so the DBMS is closed cleanly even if the parent dies without signalling us.
 */
public final class Launcher {
    public static final String READY = "PLEDGEGRAPH_NEO4J_READY";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Launcher <dataDir> <boltPort>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "pledgegraph-neo4j-shutdown"));

        // Fail fast if the default database did not come up (e.g. a store from an incompatible version).
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();

        // The parent holds our stdin open; when it goes away (crash, kill -9), we exit and the hook closes the store.
        Thread stdinWatch = new Thread(() -> {
            try {
                while (System.in.read() != -1) { /* ignore input */ }
            } catch (Exception ignored) {
                // a closed or broken stdin means the same as end of input
            }
            System.exit(0);
        }, "pledgegraph-parent-watch");
        stdinWatch.setDaemon(true);
        stdinWatch.start();

        stopped.await();
    }

    private Launcher() {}
}
