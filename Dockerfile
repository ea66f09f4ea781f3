# The CS Desk image, built from the jar: ./mvnw -DskipTests package && docker compose up --build
FROM eclipse-temurin:25-jre
RUN useradd --system --home /app csdesk
WORKDIR /app
COPY cs-api/target/cs-api-*[0-9T].jar /app/cs-desk.jar
USER csdesk
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/cs-desk.jar"]
