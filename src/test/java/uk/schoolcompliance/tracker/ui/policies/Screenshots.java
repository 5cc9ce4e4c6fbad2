package uk.schoolcompliance.tracker.ui.policies;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** Saves a PNG of a scene when -Dscreenshots=DIR is given (for looking at the screens; never asserted). */
final class Screenshots {

    private Screenshots() {
    }

    static void take(Scene scene, String name) {
        String dir = System.getProperty("screenshots");
        if (dir == null || scene == null) {
            return;
        }
        try {
            WritableImage[] image = new WritableImage[1];
            WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)).get();
            PixelReader r = image[0].getPixelReader();
            int w = (int) image[0].getWidth();
            int h = (int) image[0].getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, r.getArgb(x, y));
                }
            }
            Files.createDirectories(Path.of(dir));
            ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
