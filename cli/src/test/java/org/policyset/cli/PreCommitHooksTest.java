package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The repository's {@code .pre-commit-hooks.yaml}, checked as pre-commit reads it (the manifest
 * schema {@code MANIFEST_HOOK_DICT} of pre-commit's {@code clientlib.py}, release 4.6: its keys,
 * their types, the language names it accepts, Python regular expressions for {@code files} and
 * {@code exclude}), and each hook's command line run as pre-commit runs it: entry, then args, then
 * the matched file names.
 */
class PreCommitHooksTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /** The keys of a hook in a manifest and the kind of value each takes. */
  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("minimum_pre_commit_version", "string"), Map.entry("id", "string"),
      Map.entry("name", "string"), Map.entry("entry", "string"), Map.entry("language", "string"),
      Map.entry("alias", "string"), Map.entry("files", "regex"), Map.entry("exclude", "regex"),
      Map.entry("types", "strings"), Map.entry("types_or", "strings"),
      Map.entry("exclude_types", "strings"), Map.entry("additional_dependencies", "strings"),
      Map.entry("args", "strings"), Map.entry("always_run", "bool"), Map.entry("fail_fast", "bool"),
      Map.entry("pass_filenames", "bool"), Map.entry("description", "string"),
      Map.entry("language_version", "string"), Map.entry("log_file", "string"),
      Map.entry("require_serial", "bool"), Map.entry("stages", "strings"), Map.entry("verbose", "bool"));

  /** pre-commit's languages, with the two older names it still translates. */
  private static final Set<String> LANGUAGES = Set.of("conda", "coursier", "dart", "docker",
      "docker_image", "dotnet", "fail", "golang", "haskell", "julia", "lua", "node", "perl", "pygrep",
      "python", "r", "ruby", "rust", "swift", "unsupported", "unsupported_script", "system", "script");

  private static JsonNode hooks() throws Exception {
    return YAML.readTree(Files.readString(ROOT.resolve(".pre-commit-hooks.yaml")));
  }

  @Test
  void theManifestHasOnlyKeysAndValuesPreCommitAccepts() throws Exception {
    JsonNode hooks = hooks();
    assertThat(hooks.isArray()).isTrue();
    assertThat(hooks.size()).isEqualTo(2);
    for (JsonNode hook : hooks) {
      for (String required : List.of("id", "name", "entry", "language")) {
        assertThat(hook.has(required)).as("%s has %s", hook, required).isTrue();
      }
      for (Map.Entry<String, JsonNode> e : hook.properties()) {
        String kind = KEYS.get(e.getKey());
        assertThat(kind).as("pre-commit knows the key %s", e.getKey()).isNotNull();
        JsonNode v = e.getValue();
        switch (kind) {
          case "string", "regex" -> assertThat(v.isString()).as(e.getKey()).isTrue();
          case "bool" -> assertThat(v.isBoolean()).as(e.getKey()).isTrue();
          default -> {
            assertThat(v.isArray()).as(e.getKey()).isTrue();
            v.forEach(x -> assertThat(x.isString()).as("%s holds strings", e.getKey()).isTrue());
          }
        }
        if (kind.equals("regex")) {
          Pattern.compile(v.asString());
        }
      }
      assertThat(LANGUAGES).contains(hook.get("language").asString());
      String program = hook.get("entry").asString().split(" ")[0];
      assertThat(ROOT.resolve(program)).as("a script hook's entry is a file of the repository")
          .isExecutable();
    }
  }

  @Test
  void theDefaultFilesAreTheDatasetsFilesAndNoOtherJson() throws Exception {
    for (JsonNode hook : hooks()) {
      Pattern files = Pattern.compile(hook.get("files").asString());
      Pattern exclude = Pattern.compile(hook.get("exclude").asString());
      for (String path : List.of("data/stances.json", "data/2024/events.jsonl", "data/big.ndjson")) {
        assertThat(files.matcher(path).find() && !exclude.matcher(path).find())
            .as("%s runs on %s", hook.get("id"), path).isTrue();
      }
      for (String path : List.of("package.json", ".vscode/settings.json", "tsconfig.json",
          "docs/data/example.json", "data/.policyset-suppressions.json", "data/README.md",
          "node_modules/x/data/y.json")) {
        assertThat(files.matcher(path).find() && !exclude.matcher(path).find())
            .as("%s does not run on %s", hook.get("id"), path).isFalse();
      }
    }
  }

  @Test
  void eachHookCommandLineValidatesADatasetAsPreCommitRunsIt() throws Exception {
    Path data = ROOT.resolve("dataset/data");
    for (JsonNode hook : hooks()) {
      List<String> command = new ArrayList<>(Arrays.asList(hook.get("entry").asString().split(" ")));
      command.remove(0);
      if (hook.has("args")) {
        hook.get("args").forEach(a -> command.add(a.asString().equals("data") ? data.toString() : a.asString()));
      }
      if (!hook.has("pass_filenames") || hook.get("pass_filenames").asBoolean()) {
        try (var s = Files.list(data)) {
          s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> command.add(p.toString()));
        }
        command.add("-h.json");   // a file name pre-commit passes like any other
      }
      Cli r = Cli.run(command.toArray(String[]::new));
      assertThat(r.out() + r.err()).as("%s: %s", hook.get("id"), command).doesNotContain("Usage:");
      if (command.contains("-h.json")) {
        assertThat(r.exit()).as("-h.json is a file that does not exist, not an option").isEqualTo(3);
      } else {
        assertThat(r.exit()).as("%s: %s", hook.get("id"), r.err()).isZero();
      }
    }
  }

  @Test
  void theReadmeExampleConfigUsesKeysPreCommitAccepts() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher m = Pattern.compile("```yaml\n(repos:.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("the README's pre-commit example").isTrue();
    JsonNode config = YAML.readTree(m.group(1));
    for (JsonNode hook : config.at("/repos/0/hooks")) {
      for (Map.Entry<String, JsonNode> e : hook.properties()) {
        assertThat(KEYS).containsKey(e.getKey());
      }
      if (hook.has("files")) {
        assertThat(Pattern.compile(hook.get("files").asString()).matcher("policy-data/a.json").find()).isTrue();
        assertThat(Pattern.compile(hook.get("files").asString()).matcher("package.json").find()).isFalse();
      }
      if (hook.has("args")) {
        List<String> args = new ArrayList<>();
        hook.get("args").forEach(a -> args.add(a.asString()));
        assertThat(args).as("options end with -- before the folder").contains("--");
      }
    }
  }
}
