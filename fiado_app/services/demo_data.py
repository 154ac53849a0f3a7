"""Word lists for the demo shop: names, nicknames, streets, products. Fictional but believable."""

from __future__ import annotations

# fmt: off

FEMALE_NAMES = (
    "Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda",
    "Patrícia", "Aline", "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia",
    "Júlia", "Luciana", "Vanessa", "Mariana", "Gabriela", "Vera", "Aparecida", "Lourdes",
    "Fátima", "Conceição", "Rosângela", "Sebastiana", "Cláudia", "Simone", "Tânia", "Regina",
    "Luzia", "Raimunda", "Terezinha", "Elisabete", "Cristiane", "Débora", "Rita", "Célia",
    "Sônia", "Irene", "Lúcia", "Beatriz", "Larissa", "Natália", "Daniela", "Priscila",
)
MALE_NAMES = (
    "José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz",
    "Marcos", "Luís", "Gabriel", "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe",
    "Raimundo", "Rodrigo", "Sebastião", "Benedito", "Manoel", "Geraldo", "Joaquim", "Jorge",
    "Sérgio", "Fábio", "Márcio", "André", "Júlio", "Cícero", "Valdir", "Wellington",
    "Anderson", "Thiago", "Vinícius", "Matheus", "Gustavo", "Leandro", "Reginaldo", "Edson",
)
SURNAMES = (
    "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
    "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares",
    "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira",
    "Nunes", "Marques", "Machado", "Mendes", "Freitas", "Cardoso", "Ramos", "Gonçalves",
    "Santana", "Teixeira", "Araújo", "Conceição", "Aragão", "Brandão", "Simões", "Magalhães",
    "Assunção", "Falcão", "Damásio", "Guimarães", "Estêvão", "Sampaio", "Monteiro",
)
# Traditional nicknames; everyone else may get "Dona"/"Seu" + first name.
NICKNAMES = {
    "José": ("Zé", "Zezinho", "Seu Zé"),
    "Aparecida": ("Dona Cida", "Cida"),
    "Sebastião": ("Seu Tião", "Tião"),
    "Antônio": ("Tonho", "Toninho", "Seu Antônio"),
    "Francisco": ("Chico", "Chiquinho"),
    "Lourdes": ("Dona Lurdinha", "Dona Lurdes"),
    "Elisabete": ("Bete",),
    "Raimundo": ("Seu Mundinho",),
    "Raimunda": ("Dona Mundinha",),
    "Conceição": ("Dona Ceição",),
    "Benedito": ("Seu Dito", "Ditinho"),
    "Manoel": ("Seu Mané", "Manezinho"),
    "Terezinha": ("Dona Teca",),
    "Luiz": ("Luizinho",),
    "Fátima": ("Dona Fátima",),
    "Sebastiana": ("Dona Tiana",),
}
WORK_NICKNAMES = ("do gás", "da obra", "do bar", "da padaria", "do açougue", "da feira", "do táxi")

STREETS = (
    "Rua das Flores", "Rua São Benedito", "Avenida Brasil", "Rua Sete de Setembro",
    "Rua XV de Novembro", "Rua Tiradentes", "Rua Barão de Jaguara", "Rua Dom Pedro II",
    "Rua José Paulino", "Rua Padre Anchieta", "Rua dos Ipês", "Rua Santos Dumont",
    "Avenida Andrade Neves", "Rua Boa Esperança", "Travessa São João", "Rua da Conceição",
    "Rua Coronel Quirino", "Rua Maria Monteiro", "Rua Jasmim", "Rua Paraná",
)
DISTRICTS = (
    "Centro", "Cambuí", "Taquaral", "Jardim Proença", "Vila Industrial", "Bonfim", "Botafogo",
    "Castelo", "Vila Nova", "Jardim Garcia", "Parque Itália", "Jardim Chapadão", "Ponte Preta",
)
COMPLEMENTS = ("casa 2", "fundos", "apto 12", "apto 31", "bloco B", "sobrado")
NOTES = (
    "Paga quando recebe, lá pelo dia 5.",
    "Trabalha na obra da esquina.",
    "Prefere receber lembrete no WhatsApp.",
    "Mãe da Júlia, da escola.",
    "Aposentado: recebe no começo do mês.",
    "Cliente desde a inauguração.",
    "Compra para a marmita da família.",
)
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br")

# (item, lowest price, highest price) in centavos.
PRODUCTS = (
    ("pão francês", 400, 1200), ("leite", 489, 1467), ("café 500g", 1590, 2490),
    ("arroz 5kg", 2290, 3190), ("feijão 1kg", 699, 989), ("açúcar 2kg", 789, 1099),
    ("óleo de soja", 649, 899), ("macarrão", 399, 699), ("ovos (dúzia)", 899, 1399),
    ("manteiga", 999, 1599), ("queijo muçarela", 1290, 2890), ("presunto", 890, 1890),
    ("cerveja", 1190, 4790), ("carvão", 1790, 2590), ("refrigerante 2L", 899, 1199),
    ("sabão em pó", 1290, 2190), ("detergente", 259, 399), ("papel higiênico", 1590, 2590),
    ("frango", 1490, 2990), ("carne moída", 2290, 4290), ("linguiça", 1590, 2790),
    ("banana", 490, 890), ("tomate", 590, 1190), ("batata", 690, 1290), ("cebola", 390, 790),
    ("biscoito", 299, 699), ("fubá", 449, 689), ("farinha de mandioca", 599, 999),
    ("gás de cozinha", 10500, 12500), ("fralda", 3990, 6990), ("sabonete", 199, 499),
    ("pasta de dente", 399, 899), ("bolacha recheada", 249, 449), ("água mineral", 250, 1290),
)
# Baskets people really buy together; a sale is a basket, sometimes with an extra item.
BASKETS = (
    ("pão francês", "leite", "café 500g"), ("cerveja", "carvão"), ("arroz 5kg", "feijão 1kg"),
    ("pão francês", "manteiga"), ("pão francês", "leite"), ("gás de cozinha",),
    ("frango", "tomate", "cebola"), ("carne moída", "macarrão", "tomate"),
    ("cerveja", "carvão", "linguiça"), ("sabão em pó", "detergente"), ("fralda",),
    ("arroz 5kg", "feijão 1kg", "óleo de soja", "açúcar 2kg"), ("refrigerante 2L", "biscoito"),
    ("ovos (dúzia)", "pão francês"), ("queijo muçarela", "presunto", "pão francês"),
    ("papel higiênico", "sabonete", "pasta de dente"), ("banana", "batata", "cebola"),
)
PRODUCT_PRICES = {name: (low, high) for name, low, high in PRODUCTS}
PRODUCT_NAMES = tuple(name for name, _low, _high in PRODUCTS)
# fmt: on
