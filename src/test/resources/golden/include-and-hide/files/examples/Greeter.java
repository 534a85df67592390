public class Greeter {
    // region greet
    static String greet(String name) {
        return "hello, " + name;
    }
    // endregion

    public static void main(String[] args) {
        System.out.println(greet("reader"));
    }
}
