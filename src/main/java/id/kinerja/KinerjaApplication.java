package id.kinerja;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KinerjaApplication {

	public static void main(String[] args) {
		SpringApplication.run(KinerjaApplication.class, args);
	}

}
