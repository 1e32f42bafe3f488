import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The image-heavy benchmark's figures: COUNT large generated images in FOLDER, by turns an RGBA PNG, an
 * RGB PNG and a JPEG, 2,000 to 6,000 pixels wide and a third to two thirds as tall: gradients, a few
 * hundred translucent ovals and a caption, the same for the same seed.
 *
 * Usage: java bench/Figures.java FOLDER [COUNT]
 */
public class Figures {
    public static void main(String[] args) throws Exception {
        File folder = new File(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        folder.mkdirs();
        Random random = new Random(3);
        for (int i = 0; i < count; i++) {
            int width = 2000 + random.nextInt(4001);
            int height = width / 3 + random.nextInt(width / 3);
            String kind = i % 3 == 0 ? "rgba" : i % 3 == 1 ? "rgb" : "jpg";
            boolean alpha = kind.equals("rgba");
            BufferedImage image = new BufferedImage(
                    width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(30, 80, 200, alpha ? 60 : 255),
                    width, height, new Color(250, 200, 20, alpha ? 240 : 255)));
            g.fillRect(0, 0, width, height);
            for (int k = 0; k < 300; k++) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256),
                        alpha ? random.nextInt(256) : 255));
                g.fillOval(random.nextInt(width), random.nextInt(height),
                        random.nextInt(width / 8 + 1), random.nextInt(height / 6 + 1));
            }
            g.setFont(new Font("SansSerif", Font.BOLD, height / 8));
            g.setColor(Color.BLACK);
            g.drawString("Figure " + (i + 1), width / 10, height / 2);
            g.dispose();
            String name = "fig" + i + (kind.equals("jpg") ? ".jpg" : ".png");
            ImageIO.write(image, kind.equals("jpg") ? "jpg" : "png", new File(folder, name));
        }
    }
}
