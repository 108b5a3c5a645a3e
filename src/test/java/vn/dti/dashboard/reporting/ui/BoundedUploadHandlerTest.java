package vn.dti.dashboard.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server-side size limit of the upload view: a request that hides its size (chunked, or a script
 * posting straight to the upload URL) is read only up to one byte past the limit, then refused.
 */
class BoundedUploadHandlerTest {

    static final int LIMIT = 1000;

    final List<String> calls = new ArrayList<>();
    final BoundedUploadHandler handler = new BoundedUploadHandler(LIMIT, "Tệp lớn hơn giới hạn.",
            new BoundedUploadHandler.Receiver() {
                @Override
                public void received(String fileName, byte[] content) {
                    calls.add("received " + fileName + " " + content.length);
                }

                @Override
                public void tooLarge(String fileName) {
                    calls.add("too large " + fileName);
                }
            });
    final UploadEvent event = mock(UploadEvent.class);

    @BeforeEach
    void uiRunsCommandsAtOnce() {
        UI ui = mock(UI.class);
        when(ui.access(any())).thenAnswer(invocation -> {
            invocation.getArgument(0, Command.class).execute();
            return null;
        });
        when(event.getUI()).thenReturn(ui);
        when(event.getFileName()).thenReturn("report.xlsx");
    }

    /** An endless stream that counts what is read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            return length;
        }
    }

    @Test
    void a_stream_of_unknown_size_is_read_only_one_byte_past_the_limit_then_refused() throws IOException {
        Endless endless = new Endless();
        when(event.getFileSize()).thenReturn(-1L);
        when(event.getInputStream()).thenReturn(endless);

        handler.handleUploadRequest(event);

        assertThat(endless.read).isEqualTo(LIMIT + 1);
        verify(event).reject("Tệp lớn hơn giới hạn.");
        assertThat(calls).containsExactly("too large report.xlsx");
    }

    @Test
    void a_declared_size_above_the_limit_is_refused_without_reading() throws IOException {
        when(event.getFileSize()).thenReturn(LIMIT + 1L);

        handler.handleUploadRequest(event);

        verify(event, never()).getInputStream();
        verify(event).reject("Tệp lớn hơn giới hạn.");
        assertThat(calls).containsExactly("too large report.xlsx");
    }

    @Test
    void a_file_of_exactly_the_limit_is_handed_to_the_view_whole() throws IOException {
        when(event.getFileSize()).thenReturn((long) LIMIT);
        when(event.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[LIMIT]));

        handler.handleUploadRequest(event);

        verify(event, never()).reject(any());
        assertThat(calls).containsExactly("received report.xlsx 1000");
    }
}
