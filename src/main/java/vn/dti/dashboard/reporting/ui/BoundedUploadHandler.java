package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Receives one report file into memory, but never more than the size limit: the widget's own limit is
 * checked in the browser only, so a script posting straight to the upload URL must be stopped here too.
 * A declared size above the limit is refused without reading; otherwise reading stops one byte past the
 * limit, so at most {@code maxBytes + 1} bytes are ever held. The outcome goes to the view under the UI lock.
 */
final class BoundedUploadHandler implements UploadHandler {

    /** What the view does with an upload; called under the UI lock. */
    interface Receiver extends Serializable {
        void received(String fileName, byte[] content);

        void tooLarge(String fileName);
    }

    private final int maxBytes;
    private final String tooLargeMessage;
    private final Receiver receiver;

    /**
     * @param tooLargeMessage the refusal text sent back to the widget (the service's 413 message)
     */
    BoundedUploadHandler(int maxBytes, String tooLargeMessage, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.tooLargeMessage = tooLargeMessage;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName() == null ? "" : event.getFileName();
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        ui.access(() -> receiver.received(fileName, content));
    }

    private void refuse(UploadEvent event, UI ui, String fileName) {
        event.reject(tooLargeMessage);
        ui.access(() -> receiver.tooLarge(fileName));
    }
}
