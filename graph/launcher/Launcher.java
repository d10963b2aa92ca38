import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs an embedded Neo4j Community server for ruslink: Bolt on 127.0.0.1 only,
 * authentication off (loopback only), store under the given folder.
 *
 * Usage: java -cp CLASSPATH Launcher.java STORE_DIR PORT
 *
 * Prints "RUSLINK-NEO4J-READY bolt://127.0.0.1:PORT" once the default database
 * accepts transactions, and shuts down cleanly on SIGTERM/SIGINT.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: Launcher STORE_DIR PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(home);

        // A transaction that would need more memory than the heap can give is stopped with a memory error
        // (which ruslink reports) instead of taking the whole server down for every user.
        long heap = Runtime.getRuntime().maxMemory();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, heap * 35 / 100)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, heap * 60 / 100)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "ruslink-neo4j-shutdown"));

        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx().close();
        System.out.println("RUSLINK-NEO4J-READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
