package kz.elicensing.it;

import java.io.File;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Deploys the real EAR once for the whole IT run: right after Arquillian started the IT server (the sandbox first, so
 * the application starts beside it), and undeploys it before the server stops. The IT classes declare no
 * {@code @Deployment}: they run as clients of this one deployment.
 */
public final class OneDeployment implements LoadableExtension {
    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    /** Arquillian's container events: deploy after start, undeploy before stop. */
    public static final class Lifecycle {
        private static final Logger LOG = Logger.getLogger(OneDeployment.class.getName());
        private EnterpriseArchive ear;

        /** The server is up: start the sandbox, then deploy the real EAR the build produced. */
        public void deploy(@Observes AfterStart started) throws DeploymentException {
            ItEnvironment.sandbox();
            DeployableContainer<?> server = started.getDeployableContainer();
            EnterpriseArchive archive = ShrinkWrap.createFromZipFile(
                    EnterpriseArchive.class, new File(System.getProperty("elicensing.it.ear")));
            long start = System.nanoTime();
            try {
                server.deploy(archive);
            } catch (DeploymentException leftOver) {
                // a run killed before its undeploy left one in the server's configuration: replace it
                LOG.warning(() -> "deploying again after " + leftOver.getMessage());
                server.undeploy(archive);
                server.deploy(archive);
            }
            ear = archive;
            LOG.info(() ->
                    "elicensing.ear deployed once for the run in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }

        /** The run is over: undeploy, so the server's configuration keeps no deployment for the next run. */
        public void undeploy(@Observes BeforeStop stopping) throws DeploymentException {
            if (ear != null) {
                stopping.getDeployableContainer().undeploy(ear);
                ear = null;
            }
        }
    }
}
