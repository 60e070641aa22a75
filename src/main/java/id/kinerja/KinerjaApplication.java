package id.kinerja;

import id.kinerja.demo.GenerateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KinerjaApplication {

	public static void main(String[] args) {
		if (GenerateCommand.isCommand(args)) {
			System.exit(GenerateCommand.run(KinerjaApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(KinerjaApplication.class, args);
	}

}
