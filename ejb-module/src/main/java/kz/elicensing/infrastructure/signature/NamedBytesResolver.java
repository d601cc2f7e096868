package kz.elicensing.infrastructure.signature;

import java.util.Map;
import org.apache.xml.security.signature.XMLSignatureByteInput;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.utils.resolver.ResourceResolverContext;
import org.apache.xml.security.utils.resolver.ResourceResolverException;
import org.apache.xml.security.utils.resolver.ResourceResolverSpi;

/** Resolves a detached reference's URI to the bytes of the file with that name (files of a container in memory). */
public final class NamedBytesResolver extends ResourceResolverSpi {
    private final Map<String, byte[]> files;

    public NamedBytesResolver(Map<String, byte[]> files) {
        this.files = Map.copyOf(files);
    }

    @Override
    public boolean engineCanResolveURI(ResourceResolverContext context) {
        return context.uriToResolve != null && files.containsKey(context.uriToResolve);
    }

    @Override
    public XMLSignatureInput engineResolveURI(ResourceResolverContext context) throws ResourceResolverException {
        byte[] bytes = files.get(context.uriToResolve);
        if (bytes == null) {
            throw new ResourceResolverException(
                    "generic.EmptyMessage",
                    new Object[] {"no file " + context.uriToResolve},
                    context.uriToResolve,
                    context.baseUri);
        }
        XMLSignatureInput input = new XMLSignatureByteInput(bytes);
        input.setSourceURI(context.uriToResolve);
        input.setSecureValidation(context.secureValidation);
        return input;
    }
}
