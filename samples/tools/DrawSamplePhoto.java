import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Draws the sample article's illustration (a stylised presidential palace in winter), so the sample
 * carries an image made for the project rather than a press photo. Run: java DrawSamplePhoto.java OUT.jpg
 */
public class DrawSamplePhoto {
    public static void main(String[] args) throws Exception {
        int w = 1200, h = 800;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xaabfd8), 0, h, new Color(0xd2dced)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x7887a0));
        g.fill(new Polygon(new int[]{0, 110, 230, 340, 470, 600, 720, 850, 990, 1110, 1200, 1200, 0},
                new int[]{430, 330, 400, 310, 390, 320, 410, 300, 380, 330, 360, 800, 800}, 13));
        g.setColor(new Color(0xeceff4));
        g.fillRect(0, 560, w, 240);
        g.setColor(new Color(0xf5f5f0));
        g.fillRect(330, 380, 540, 220);
        g.setColor(new Color(0xc8d7e6));
        for (int x = 360; x <= 810; x += 60) {
            if (x != 600) g.fillRect(x, 420, 30, 140);
        }
        g.setColor(new Color(0x8a6d3b));
        g.fillRect(585, 480, 30, 80);
        g.setColor(new Color(0xf5f5f0));
        g.fillRect(560, 300, 80, 80);
        g.setColor(new Color(0x285aaa));
        g.fillOval(540, 210, 120, 120);
        g.setColor(new Color(0xdcbe3c));
        g.fillRect(597, 170, 6, 45);
        g.setColor(new Color(0x28503c));
        for (int x : new int[]{120, 200, 980, 1060}) {
            g.fill(new Polygon(new int[]{x, x + 40, x + 80}, new int[]{600, 470, 600}, 3));
        }
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(args[0]))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        }
    }
}
