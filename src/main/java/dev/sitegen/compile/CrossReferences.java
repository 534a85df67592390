package dev.sitegen.compile;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import org.jspecify.annotations.Nullable;

/**
 * Which sources of a shared javac task used what another source of the task declares. Such
 * a source compiled only because of its neighbours: alone it would fail ("cannot find
 * symbol", "package does not exist") or mean something else, so its result from the shared
 * task must not be used. Read after analysis, from the names javac resolved: every
 * identifier and member selection whose element is a type (or a member of one) declared in
 * another source, or a package only another source declares.
 */
final class CrossReferences {

    private final Trees trees;
    /** The source that declares each top-level type of the task, by qualified name. */
    private final Map<String, URI> typeOwners = new HashMap<>();
    /** The sources that declare each package (or a package inside it). */
    private final Map<String, Set<URI>> packageOwners = new HashMap<>();
    /** Sources everyone may use: the page's {@code file=} units. */
    private final Set<URI> common = new HashSet<>();

    /**
     * @param units  the task's parsed compilation units
     * @param common the sources any other may use without crossing
     */
    CrossReferences(Trees trees, Iterable<? extends CompilationUnitTree> units, Set<? extends JavaFileObject> common) {
        this.trees = trees;
        for (JavaFileObject file : common) this.common.add(file.toUri());
        for (CompilationUnitTree unit : units) {
            URI file = unit.getSourceFile().toUri();
            String packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            for (Tree type : unit.getTypeDecls()) {
                if (type instanceof ClassTree c) {
                    typeOwners.put(packageName.isEmpty() ? c.getSimpleName().toString() : packageName + "." + c.getSimpleName(), file);
                }
            }
            for (String p : Declared.enclosing(packageName)) packageOwners.computeIfAbsent(p, k -> new HashSet<>()).add(file);
        }
    }

    /** Whether {@code unit} names anything that only another, non-common source of the task declares. */
    boolean crosses(CompilationUnitTree unit) {
        Scanner scanner = new Scanner(unit.getSourceFile().toUri());
        scanner.scan(unit, null);
        return scanner.crossed;
    }

    private final class Scanner extends TreePathScanner<Void, Void> {

        private final URI self;
        private boolean crossed;

        Scanner(URI self) {
            this.self = self;
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
            check(trees.getElement(getCurrentPath()));
            return super.visitIdentifier(node, unused);
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, Void unused) {
            check(trees.getElement(getCurrentPath()));
            return super.visitMemberSelect(node, unused);
        }

        private void check(@Nullable Element element) {
            if (element == null || crossed) return;
            if (element instanceof PackageElement p) {
                Set<URI> owners = packageOwners.getOrDefault(p.getQualifiedName().toString(), Set.of());
                crossed = !owners.isEmpty() && !owners.contains(self) && owners.stream().noneMatch(common::contains);
                return;
            }
            Element top = element;
            while (top.getEnclosingElement() != null && top.getEnclosingElement().getKind() != ElementKind.PACKAGE
                    && top.getEnclosingElement().getKind() != ElementKind.MODULE) {
                top = top.getEnclosingElement();
            }
            if (!(top instanceof TypeElement type)) return;
            URI owner = typeOwners.get(type.getQualifiedName().toString());
            crossed = owner != null && !owner.equals(self) && !common.contains(owner);
        }
    }
}
