// Data masking with GraphQL Code Generator's masked types (codegen.mjs: inlineFragmentTypes 'mask'):
// Apollo's FragmentType, MaybeMasked and Unmasked read them the way they are generated.
import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

declare module '@apollo/client' {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
